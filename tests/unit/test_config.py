import pytest

from companion.config import CHROME_EXTENSION_ID, ConfigError, load_settings


def test_defaults_listen_on_loopback_port_8731(tmp_path):
    settings = load_settings({"GARDE_FOU_CONFIG_DIR": str(tmp_path)})
    assert (settings.host, settings.port) == ("127.0.0.1", 8731)
    assert settings.max_text_chars == 100_000
    assert settings.extension_ids == (CHROME_EXTENSION_ID,)
    assert settings.token_path == tmp_path / "token"


def test_config_file_overrides_defaults_and_environment_overrides_file(tmp_path):
    (tmp_path / "config.toml").write_text('port = 9000\nmax_text_chars = 5000\n')
    env = {"GARDE_FOU_CONFIG_DIR": str(tmp_path), "GARDE_FOU_PORT": "9100"}
    settings = load_settings(env)
    assert settings.port == 9100
    assert settings.max_text_chars == 5000


def test_command_line_arguments_win_over_everything(tmp_path):
    env = {"GARDE_FOU_CONFIG_DIR": str(tmp_path), "GARDE_FOU_PORT": "9100"}
    assert load_settings(env, port=9200, host=None).port == 9200


def test_extension_ids_from_environment_are_a_comma_separated_list(tmp_path):
    env = {"GARDE_FOU_CONFIG_DIR": str(tmp_path), "GARDE_FOU_EXTENSION_IDS": "abc, def"}
    assert load_settings(env).extension_ids == ("abc", "def")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("port = 'soon'", "setting 'port'"),
        ("colour = 'blue'", "unknown setting 'colour'"),
        ("port = ", "not valid TOML"),
        ("max_text_chars = -1", "setting 'max_text_chars'"),
    ],
)
def test_a_bad_config_file_says_what_to_fix(tmp_path, content, expected):
    (tmp_path / "config.toml").write_text(content)
    with pytest.raises(ConfigError, match=expected):
        load_settings({"GARDE_FOU_CONFIG_DIR": str(tmp_path)})
