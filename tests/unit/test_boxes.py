from companion.api.boxes import LatestPerBox


def test_a_request_is_superseded_by_a_later_one_from_its_box_only():
    boxes = LatestPerBox()
    first = boxes.arrive("tab1", 3)
    other = boxes.arrive("tab2", 9)
    assert not first() and not other()
    boxes.arrive("tab1", 4)
    assert first() and not other()


def test_a_client_that_counts_again_from_zero_is_newest_again():
    boxes = LatestPerBox()
    boxes.arrive("tab1", 57)
    restarted = boxes.arrive("tab1", 0)
    assert not restarted()


def test_only_the_last_boxes_are_remembered():
    boxes = LatestPerBox(boxes=2)
    first = boxes.arrive("a", 1)
    boxes.arrive("b", 1)
    boxes.arrive("c", 1)
    assert not first()
    assert list(boxes._latest) == ["b", "c"]
