"""Back and forward over visited records."""

from desktop.window.history import History

A, B, C, D = ("contact", "a"), ("organisation", "b"), ("project", "c"), ("network", "d")


def test_starts_empty():
    history = History()
    assert history.current() is None
    assert not history.can_go_back() and not history.can_go_forward()
    assert history.back() is None and history.forward() is None


def test_back_and_forward_walk_the_visits(qtbot):
    history = History()
    for place in (A, B, C):
        history.visit(place)
    assert history.current() == C
    assert history.can_go_back() and not history.can_go_forward()
    assert history.back() == B
    assert history.back() == A
    assert history.back() is None
    assert history.current() == A
    assert history.forward() == B
    assert history.forward() == C
    assert history.forward() is None


def test_a_new_visit_drops_the_forward_places():
    history = History()
    for place in (A, B, C):
        history.visit(place)
    history.back()
    history.back()
    history.visit(D)
    assert history.current() == D
    assert not history.can_go_forward()
    assert history.back() == A


def test_visiting_the_current_place_again_changes_nothing(qtbot):
    history = History()
    history.visit(A)
    with qtbot.assertNotEmitted(history.changed):
        history.visit(("contact", "a"))
    assert len(history) == 1


def test_changed_is_emitted_on_every_move(qtbot):
    history = History()
    with qtbot.waitSignal(history.changed):
        history.visit(A)
    history.visit(B)
    with qtbot.waitSignal(history.changed):
        history.back()
    with qtbot.waitSignal(history.changed):
        history.forward()
    with qtbot.assertNotEmitted(history.changed):
        history.forward()


def test_the_oldest_places_fall_off_at_the_limit():
    history = History(limit=3)
    for place in (A, B, C, D):
        history.visit(place)
    assert len(history) == 3
    assert history.back() == C
    assert history.back() == B
    assert history.back() is None


def test_forget_drops_a_gone_record_and_merges_neighbours():
    history = History()
    for place in (A, B, A, C):
        history.visit(place)
    history.forget(B)
    assert history.current() == C
    assert history.back() == A
    assert history.back() is None  # A, B, A became A
    history.forward()
    history.forget(C)
    assert history.current() == A
    assert not history.can_go_forward()
    history.forget(A)
    assert history.current() is None and len(history) == 0


def test_clear():
    history = History()
    history.visit(A)
    history.visit(B)
    history.clear()
    assert history.current() is None and not history.can_go_back()
