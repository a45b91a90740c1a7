"""Where the handshake picture puts things and how large its text is, without Qt: sizes and text widths
go in as numbers."""

from __future__ import annotations

import pytest

from ftpwizard.present.wizard import handshake_layout as lay
from ftpwizard.present.wizard.handshake_state import ArrowState, ArrowStatus


def inside(inner: lay.Rect, outer: lay.Rect) -> bool:
    return (
        outer.x <= inner.x
        and inner.right <= outer.right
        and outer.y <= inner.y
        and inner.bottom <= outer.bottom
    )


CANVAS = lay.Rect(0, 0, lay.W, lay.H)


def test_the_picture_keeps_its_proportions_and_is_centred() -> None:
    assert lay.fit(960, 560) == lay.Fit(1.0, 0.0, 0.0)
    wide = lay.fit(1400, 560)  # a wider widget: scaled to the height, centred across
    assert wide == lay.Fit(1.0, (1400 - 960) / 2, 0.0)
    half = lay.fit(480, 600)
    assert half.scale == 0.5 and half.dx == 0 and half.dy == pytest.approx((600 - 280) / 2)
    assert lay.height_for_width(960) == 560


def test_a_height_limit_never_goes_below_the_readable_height() -> None:
    assert lay.height_for_width(960, limit=400) == 400
    assert lay.height_for_width(960, limit=100) == lay.MIN_READABLE_HEIGHT
    assert lay.height_for_width(300, limit=400) == round(300 * lay.H / lay.W)  # the limit only lowers


@pytest.mark.parametrize("height", [lay.MIN_READABLE_HEIGHT, 380, 400, 444, 560, 900])
def test_the_smallest_text_stays_readable_from_the_lowest_allowed_height(height: int) -> None:
    scale = lay.fit(lay.W * 4, height).scale  # the height decides
    assert lay.font_px(lay.SMALLEST_TEXT, scale) * scale >= lay.MIN_TEXT_PX - 1e-9
    assert 1.0 <= lay.text_zoom(scale) <= lay.MAX_TEXT_ZOOM


def test_text_is_drawn_as_designed_when_the_picture_is_large_enough() -> None:
    assert lay.text_zoom(1.0) == 1.0 and lay.font_px(13.5, 1.0) == 13.5
    assert lay.text_zoom(0.1) == lay.MAX_TEXT_ZOOM
    assert lay.font_px(13.5, 0.7) == int(lay.font_px(13.5, 0.7))  # zoomed sizes are rounded up to whole px


@pytest.mark.parametrize(
    ("width", "spacing", "together"), [(1040, 6, False), (1525, 6, False), (1526, 6, True)]
)
def test_two_pictures_sit_side_by_side_only_when_each_stays_readable(
    width: int, spacing: int, together: bool
) -> None:
    assert lay.side_by_side(width, spacing) is together


def test_the_pair_is_as_tall_as_its_pictures_laid_out() -> None:
    def picture(w: int) -> int:
        return lay.height_for_width(w)

    assert lay.pair_height(1000, 10, []) == 0
    assert lay.pair_height(1000, 10, [picture, picture]) == 2 * picture(1000) + 10  # stacked
    assert lay.pair_height(1000, 10, [picture]) == picture(1000)
    assert lay.pair_height(1610, 10, [picture, picture]) == picture(800)  # side by side


def test_everything_fixed_is_on_the_canvas_and_the_walls_between_the_cards() -> None:
    for rect in (lay.TITLE, lay.SUBTITLE, lay.BANNER, *lay.CARD.values()):
        assert inside(rect, CANVAS)
    for side in ("client", "server"):
        for group in ("control", "data"):
            assert inside(lay.port_box(side, group), lay.CARD[side])
        assert inside(lay.wall_label(side), CANVAS)
    assert (
        lay.CARD["client"].right
        < lay.WALL_X["client"]
        < lay.MID_X
        < lay.WALL_X["server"]
        < lay.CARD["server"].x
    )


def test_bricks_fill_the_wall_in_offset_rows() -> None:
    bricks = lay.bricks("client")
    left, right = lay.WALL_X["client"] - lay.WALL_W / 2, lay.WALL_X["client"] + lay.WALL_W / 2
    assert all(
        left <= b.x and b.right <= right and lay.WALL_TOP <= b.y and b.bottom <= lay.WALL_BOTTOM
        for b in bricks
    )
    rows = sorted({b.y for b in bricks})
    assert len(rows) == len(range(int(lay.WALL_TOP), int(lay.WALL_BOTTOM) - 1, int(lay.BRICK_H)))
    widths = [[b.w for b in bricks if b.y == y] for y in rows[:2]]
    assert widths[0] == [lay.WALL_W] and len(widths[1]) == 2  # a whole brick, then two halves


def failed(origin: str, stopped_at: str | None) -> ArrowState:
    return ArrowState(3, origin, ArrowStatus.FAILED, stopped_at=stopped_at)  # type: ignore[arg-type]


def test_a_blocked_arrow_stops_at_the_face_of_the_wall_it_meets_first() -> None:
    start, end, stop = lay.arrow_span(failed("client", "server"), "server_wall")
    assert start < stop < lay.WALL_X["server"] - lay.WALL_W / 2 < end
    start, end, stop = lay.arrow_span(failed("server", "client"), "client_wall")
    assert end < lay.WALL_X["client"] + lay.WALL_W / 2 < stop < start
    assert lay.mark_x(failed("server", "client"), "client_wall") == lay.WALL_X["client"]


def test_a_refusal_that_arrived_is_whole_and_an_unplaceable_failure_stops_half_way() -> None:
    start, end, stop = lay.arrow_span(failed("client", None), "server")
    assert stop == end and lay.mark_x(failed("client", None), "server") == lay.EDGE["server"] - 24
    assert lay.arrow_span(failed("client", None), None)[2] == lay.MID_X
    assert lay.mark_x(failed("client", None), None) == lay.MID_X
    ok = ArrowState(1, "client", ArrowStatus.OK)
    start, end, stop = lay.arrow_span(ok, None)
    assert start == lay.EDGE["client"] + 8 and stop == end == lay.EDGE["server"] - 8


def test_a_growing_line_runs_from_where_the_dot_was_to_where_it_stops() -> None:
    start, end, stop = 100.0, 500.0, 300.0  # stops half way
    assert lay.growing_head(start, end, stop, 0.0, 0.0) == start
    assert lay.growing_head(start, end, stop, 0.0, 1.0) == stop
    assert lay.growing_head(start, end, stop, 0.25, 0.0) == 200.0  # the dot was a quarter of the way
    assert lay.growing_head(start, end, stop, 0.9, 0.5) == stop  # a dot past the wall: drawn at the wall


def test_caption_boxes_are_centred_grow_with_their_text_and_stay_off_the_cards() -> None:
    short, long = lay.caption_box(1, 40.0, True), lay.caption_box(1, 200.0, True)
    assert short.centre.x == long.centre.x == lay.MID_X and long.w - short.w == 160.0
    assert short.bottom < lay.ROW_Y[1]  # above its arrow
    for scale in (0.3, 0.5, 0.8, 1.0, 2.0):
        room = lay.caption_room(scale, symbol=True)
        widest = lay.caption_box(1, room, True)
        assert lay.CARD["client"].right <= widest.x and widest.right <= lay.CARD["server"].x
    assert lay.caption_room(1.0, symbol=False) == lay.CAPTION_MAX_W - lay.caption_extra(False)


def test_a_tag_is_centred_on_its_place_and_leaves_room_for_its_badge() -> None:
    box = lay.tag_box(lay.Point(266, 214), 100.0)
    assert box.centre == lay.Point(266, 214) and box.w == 100.0 + lay.TAG_PAD
    assert lay.tag_room(164) == 164 - lay.TAG_PAD
    assert lay.card_note_width("client", 1.0) == lay.CARD["client"].w - 8
    assert lay.wall_note_width(0.3) == 210  # zoomed text may widen the note up to its limit


def test_a_long_status_text_is_drawn_smaller() -> None:
    room = lay.banner_text().w
    assert lay.banner_fits(room) and not lay.banner_fits(room * 2)
