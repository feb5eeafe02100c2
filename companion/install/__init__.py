"""`garde-fou install` / `uninstall`: registers the native messaging host with the user's
browsers (and, if asked, starts the companion at login), per user, without administrator rights.

platforms.py says where each browser looks on each OS; host_manifest.py writes what goes there;
registry.py reaches the Windows registry (HKCU); record.py remembers what was written so that
uninstall removes exactly that; installer.py puts them together.
"""
