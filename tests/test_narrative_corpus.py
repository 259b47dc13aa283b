"""The real-passage corpus (tests/data/narrative_corpus): its labels, its reach, and the checker measured on it.

The figures asserted here guard against regressions; they are below the issue's targets (recall of slips
≥ 90 %, at most one false error per 50 passages), which the extractor does not reach yet — see
docs/narrative.md, "Measured".
"""

from __future__ import annotations

import multiprocessing
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from reformaudit.testing.corpus import label_arithmetic, load_passages, locate, relation_numbers

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests/data/narrative_corpus"
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))

import narrative_corpus  # noqa: E402
import split_corpus  # noqa: E402

PARTS = {name: load_passages(CORPUS / f"{name}.yaml") for name in ("dev", "test")}
ALL = PARTS["dev"] + PARTS["test"]


def test_the_corpus_is_many_issuers_and_keeps_the_reserved_ones_out():
    assert len(ALL) >= 60
    assert len({p["issuer"] for p in ALL}) >= 30
    assert not [p["id"] for p in ALL if split_corpus.kept_apart(p)]
    dev = {p["province"] for p in PARTS["dev"]}
    assert not dev & {p["province"] for p in PARTS["test"]}  # a province is in one part only
    assert sum(r.get("holds") is False for p in PARTS["test"] for r in p["relations"]) >= 10


@pytest.mark.parametrize("passage", ALL, ids=lambda p: p["id"])
def test_every_label_is_in_its_passage_and_its_arithmetic_agrees(passage):
    for rel in passage["relations"]:
        for number in relation_numbers(rel):
            locate(passage["text"], number)
        verdict, arithmetic = label_arithmetic(passage["text"], rel)
        assert verdict in (None, rel["holds"]), f"{rel} — {arithmetic}"


@pytest.fixture(scope="module")
def measured():
    """Both parts measured, side by side on two processes: the longest setup of the suite."""
    names = ("dev", "test")
    with ProcessPoolExecutor(max_workers=2, mp_context=multiprocessing.get_context("spawn")) as pool:
        return dict(zip(names, pool.map(narrative_corpus.run, [[name] for name in names])))


def test_the_frozen_test_part_is_not_worse_than_measured(measured):
    # figures only: the test part's passages are not to be read while tuning
    passages, recall, false = (
        measured["test"].passages,
        measured["test"].recall,
        measured["test"].false_per_50,
    )
    assert passages == len(PARTS["test"])
    # 22 % until a far-off "trong đó" share stopped being read as a share of the whole (37,1 % on 424 passages,
    # 35,3 % with round 25's 17, which brought 7 slips none found)
    assert recall >= 0.32, f"recall {recall:.1%}"
    # 1,10 on the 228 passages before round 12; its 20 passages added to this part brought 4 more (1,81 on 248),
    # round 13's 12 one more (1,92 on 260): measured as they came, not tuned on; then a number after "nhà nước"
    # stopped being read as estimated ("ước"), which unmasked one (2,12)
    # …; 0,94 on 424 passages, 1,02 with round 25's 17 (one more); 1,08 with round 28's 14 (one more), 1,02 with
    # round 29's 25, 0,97 with round 30's 24 (none more); 1,16 with rounds 33 and 34; 0,66 when a list read from the
    # sentence's shape that falls short of its whole with no keystroke to explain it became a warning (6 of its 14);
    # 0,71 with round 36's 17 (one more); 0,60 on 666 when an x/y's units' own percent stopped being read as its
    # rate; 0,56 with rounds 39 and 40's 46 (none more), 0,55 with round 41's 21, 0,53 with round 42's 20; 0,46 on
    # the 753 after this session's first work, 0,51 with round 43's 26 (one more), 0,50 with round 45's 15, 0,55
    # with round 44's 22 (one more); 0,67 with round 48's 35 (one more, a prize list), 0,65 with round 49's 16,
    # 0,63 with round 50's 37 (none more), 0,62 with round 51's 15 (none more); 0,57 with round 57's 8 (none more); 0,56 with round 66's 16 (one more, unseen)
    assert false <= 1.0, f"{false:.2f} false errors per 50 passages"
    # a warning on arithmetic that holds costs an officer's trust too (51 when this was written; 54 before round
    # 15's 19 passages came in, 57 with them; 59 before round 16's 22, 70 with them; 65 with rounds 17 and 18; 74
    # with round 19, 70 after its development passages' work; 72 when a share its list's other shares settle the
    # total of was read, one slip more; 74 with round 20's 20 passages; 76 when parts of a "Trong đó" sentence that
    # no words split the whole by became a warning above it, as a bracket's are: 2 of its false errors; 77 with round
    # 21's 13 passages, 76 after its development passages' work; 75 when "x lượt/y người" became one count in two
    # measures; 78 with round 23's 24 passages, 76 after its development passages' work; 78 with round 24's 11; 64
    # when far-off "trong đó" shares stopped being read, which round 25's 41 unseen passages had shown first, 10 -> 2;
    # 64 with round 25's 17 and with round 26's 5; 65 with round 27's 4; 63 after round 28's development passages'
    # work, 62 with round 29's 25, 65 with round 30's 24, 67 with round 31's 18, 66 with round 32's 18; 68 with round
    # 33's 21 on the code before it, 70 with the lists that nearly make their whole, one of them, read; 74 with round
    # 34's 33; 80 when 6 false errors became warnings, as above; 85 with round 35's 14; 87 when an amount's part
    # share of the whole before was read, 89 with round 36's 17, 92 with round 37's 21, 94 with round 38's 11; 95
    # when projects carried over and started, and natural and planted forest, became words that split a whole; 96
    # when a "Trong đó" paragraph was read with the one two before; 96 on 666 passages after the work of rounds 39
    # and 40, whose 46 passages brought 4 more: 100; 99 when the seats an election fills stopped being a whole, and
    # with round 41's 21; 102 with round 42's 20; 99 after the work on round 42's development passages; 101 when an
    # estimate ("ước đạt") became exact in its arithmetic, 99 when a "Trong đó" list's first parts that make the whole
    # exactly left the rest to another cut; 105 with round 43's 26; 107 when an x/y's x and a count with its plan
    # rate became totals and a base named after its share was read; 109 with round 45's 15; 104 after the work on
    # readings of the development part that warned on arithmetic that holds; 109 with round 44's 22; 110 with round
    # 46's 20; 113 with round 47's 31, unseen through the work of the session that gathered it; 115 with round 48's
    # 35 and with round 49's 16, unseen through the next session's work; 114 after the work of the session after,
    # 116 with round 50's 37, unseen through it; 120 with round 51's 15, unseen through that session's later work,
    # which the code of its start gives 121; 121 with round 52's 12, unseen through the land-use model's work; 126
    # with rounds 53 and 54's 38, unseen through the session's work, as the session's start code gives too; 127 with
    # round 55's 12, 126 after the work on its development passages, 120 when a lone part far above its whole
    # stopped being read as its part; 123 with round 56's 13, unseen through the session's work, which the session's
    # start code gives 130; 123 with round 57's 8, unseen through the next session's work on changes, as that
    # session's start code gives too; 125 with round 58's 5; 126 when a part's share of a larger count was read
    # past a longer description, after ", tỷ lệ" and of pupils counted as "em", with 3 slips more on the
    # development part and none here; 125 when the parts of a list's first part and a figure said again stopped
    # being read as more parts; 125 with round 59's 9, unseen through the session's work (none more); 124 when a
    # part's share of what its whole's own rate is of stopped being read as of the whole; 124 with round 60's 9,
    # unseen; 123 when an excess over plan stopped being a list's whole, a list of mergers (units before and after)
    # a list of parts, and military units' numbers counts; 125 with round 61's 13, unseen, as the session's start code
    # gives too; 126 with round 63's 19, unseen; 128 with round 64's 12, unseen; 129 with round 65's 14, unseen; 130 with round 66's 16, unseen, and with round 67's 7, unseen; 131 with round 68's 6, unseen, as the session's
    # start code gives too)
    assert measured["test"].false_warnings <= 131, (
        f"{measured['test'].false_warnings} warnings on arithmetic that holds"
    )


def test_the_development_part_is_not_worse_than_measured(measured):
    recall, false = measured["dev"].recall, measured["dev"].false_per_50
    # round 15's 65 passages came in at 64,8 % (142/219), 0,56 and 53 warnings (from 73,1 %, 0,27 and 21); round
    # 16's 44 at 61,7 % (148/240), 0,22 and 69 (from 65,3 %, 0,24 and 53); then comparisons and shares read
    # from words stopped pairing figures far off (69 -> 36 warnings); rounds 17 and 18 came in at 63,3 % (159/251),
    # 0,28 and 37; then 68,9 % (173/251), 0,21 and 33; round 19's 34 came in at 70,2 % (181/258), 0,47 and 37, then
    # 70,5 % (182/258), 0,20 and 34; round 20's 51 at 68,1 % (186/273), 0,19 and 44, then 36; round 21's 23 at
    # 67,9 % (188/277), 0,31 and 39, then 68,2 % (189/277), 0,18 and 36; 70,4 % (195/277) with round 22 in; round
    # 23's 40 came in at 68,3 % (200/293), 0,29 and 43, then 69,6 % (204/293), 0,17 and 35; round 24's 26 at 68,7 %
    # (206/300), 0,17 and 37, then 68,7 %, 0,17 and 35; round 25's 24 at 67,8 % (206/304), 0,16 and 37, then 36;
    # round 26's 21 at 67,7 % (210/310), 0,16 and 39, then 37; round 27's 17 at 67,7 % (212/313), 0,16 and 42, then 38;
    # round 28's 21 at 67,8 % (213/314), 0,10 and 41, then 68,2 % (214/314), 0,05 and 37; round 29's 44 at 68,6 %
    # (218/318), 0,05 and 41, then 37; round 30's 49 at 66,7 % (228/342: 24 slips, 9 found), 0,05 and 44, then 39;
    # round 31's 43 at 64,0 % (231/361: 19 slips, 3 found), 0,14 and 47, then 0,05 and 42; round 32's 36 at 63,6 %
    # (234/368), 0,04 and 42; round 33's 45 (English passages taken out) at 63,3 % (240/379), 0,08 and 43; round 34's
    # 40 at 63,1 % (248/393), 0,12 and 52, then 64,4 % (253/393), 0,08 and 53; round 35's 30 at 64,0 % (254/397),
    # 0,08 and 57; round 36's 41 at 64,9 % (259/399), 0,04 and 63, then 57; round 37's 40 at 64,1 % (266/415),
    # 0,04 and 61; the sectors of the economy read, 64,3 % (267/415); round 38's 54 at 62,6 % (268/428: 13 slips, 1
    # found), 0,07 and 62, then 64,0 % (274/428), 0,04 and 62; 64,7 % (277/428), 0,04 and 60 after the work of
    # rounds 39 and 40 on unseen passages; their 98 came in at 64,1 % (282/440), 0,03 and 66; round 41's 49 at
    # 63,5 % (282/444), 0,03 and 69, then 68; round 42's 15 at 63,4 % (282/445), 0,03 and 71, then 64; 64,9 %
    # (289/445) and 65 with estimates exact and the sectors' shares read; round 43's 63 at 64,1 % (293/457), 0,03
    # and 69, then 63,7 % (291/457), 0,03 and 60, then 63,9 % (292/457); round 45's 35 at 63,8 % (292/458), 0,06
    # and 60, then 44; round 44's 54 at 61,8 % (293/474: 16 slips, 1 found), 0,12 and 48, then 0,09; 63,1 %
    # (299/474) with competitions' prize lists read; round 46's 76 and five passages the split had refused for a
    # namesake of a province kept apart (Đoàn TNCS Hồ Chí Minh, huyện Quảng Ninh of Quảng Bình, xã Khánh Hòa of An
    # Giang) at 60,6 % (303/500: 26 slips, 4 found), 0,14 and 57, then 61,8 % (309/500), 0,11 and 52 with the
    # candidates of an examination read; round 47's 59, unseen through that work, at 61,5 % (313/509), 0,11 and 58;
    # round 48's 55 at 61,0 % (316/518), 0,11 and 60, then 61,8 % (320/518) and 59 with percents that name their
    # measure, lists a hair short of their whole, the prosecuted stage and the purposes of forest read; round 49's
    # 47, unseen through that work, at 61,5 % (324/527), 0,13 and 65, then 0,10 and 60 when a table whose rows ran
    # into one line stopped being read; 63,9 % (337/527), 0,10 and 60 with parts that give both figure and share,
    # approximate shares, a list's last part after "và", procedures as the online services they are offered as, no
    # late dossiers said in words, lists a hair short of two parts, and places read; round 50's 81, unseen through
    # that work, at 62,5 % (342/547: 20 slips, 5 found), 0,10 and 72 (the code before that work: 60,1 %, 0,10, 72);
    # 64,0 % (350/547), 0,10 and 71 after work on round 50's development passages; round 51's 31, unseen through it,
    # at 62,8 % (350/557: 10 slips, none found), 0,10 and 76 (the session's start code: 59,1 %, 0,10, 77); 63,4 %
    # (353/557) with the land by use read; round 52's 44, unseen through that work, at 62,8 % (353/562: 5 slips, none
    # found), 0,10 and 79; 63,2 % (355/562) with seats by block and pupils' grades read; rounds 53 and 54's 83,
    # unseen through that work, at 61,5 % (362/589: 27 slips, 7 found), 0,09 and 81 (the session's start code:
    # 60,4 %, 0,09, 81); 61,8 % (364/589) with the ballots of an election read; round 55's 24 at 61,8 % (365/591),
    # 0,14 and 85, then 0,09 and 81 with a part's own "trong đó" list, parts' own rates and levels up to 4 read;
    # 78 when a lone part far above its whole stopped being read as its part; 62,1 % (367/591) and 79 when a count
    # with no measure became rated of the base its sentence names; 0,05 when cut-off scores stopped being counts and
    # a bracket of what each has stopped being a list of parts; 75 when a part's rate said as its whole's, or a part
    # above the x of its x/y, stopped being read as a share of it; round 56's 20, unseen through that work, at
    # 62,0 % (367/592), 0,07 and 76 (the session's start code: 61,7 %, 0,16, 86); 62,2 % (368/592) when a percent
    # written apart from its figure became one cell of a flattened table's row; round 57's 21, unseen through the
    # next session's work, at 64,3 % (382/594), 0,09 and 73 (that session's start code: 62,3 %, 0,09, 77), with a
    # year's figures against the year before's, changes with their two figures in a bracket, units before and after
    # an arrangement, yearly averages apart from the change, and a table's column of changes read; round 58's 24 at
    # 64,2 % (385/600), 0,09 and 88, then 73 with percents written with a decimal point read as the English style they
    # are, shares that make 100 % of their own list, and candidates "trong số" the ones entered no total of them;
    # 65,3 % (392/600) and 73 after the next session's work; round 59's 12, unseen through that work, at 65,3 %
    # (392/600), 0,09 and 75 (the session's start code on them: 2 warnings), then 74 with a part's share of what its
    # whole's own rate is of ("đạt 98,84% so với kế hoạch") and changes neither parts nor wholes of a share;
    # 65,7 % (394/600) when NARR.malformed's warning on a slip's own figure counted as finding it; round 60's 21,
    # unseen, at 65,3 % (395/605: 5 slips, 1 found), 0,13 and 78, then 0,09 and 74 with rows numbered within groups
    # ("I", 1, 2, "II", 1 …) of a table one cell a line summed by group, an excess over plan no list's whole, a list
    # of mergers no list of parts and military units' numbers no counts; round 61's 20, unseen, at 65,2 % (396/607:
    # 2 slips, 1 found), 0,09 and 75 (the session's start code: 64,9 %, 0,13, 79), then 74 when "thời điểm" stopped
    # being read as a clause of a law ("dân số thời điểm 157.806 người"); 65,4 % (397/607) with named parts with
    # their figures in brackets read; round 62's 15 (no slip) and round 63's 15, unseen, at 65,2 % (397/609: 2 slips,
    # none found), 0,08 and 74 (the session's start code: 64,7 %, 0,13, 79); round 64's 33, unseen, at 64,7 %
    # (398/615: 6 slips, 1 found), 0,08 and 74; 65,2 % (401/615) when "Cụ thể" opened parts of an earlier total;
    # 73 when a list's part named at length was read as one of its items; round 65's 25, unseen, at 65,2 %
    # (401/615: no slip), 0,08 and 74, then 73 when a share of a "tổng dự toán" stopped being read as of the
    # sentence's total; 65,4 % (402/615) with a plan's figure read from the bracket after its name; round 66's 16,
    # unseen, at 65,2 % (402/617: 2 slips, none found), 0,10 and 75, then 0,08 when a bracket's part the whole is
    # net of ("08 cuộc giảm") stopped being added, 0,06 when a list whose first figure follows "và" stopped being all
    # of its whole; round 67's 21, unseen, no slip and no finding on arithmetic that holds; 0,04 and 76 when the
    # parts a parallel list gives in the sentence after its whole's, falling short, became a warning as those of one
    # sentence are; 65,5 % (404/617) with a percent that names its base ("chiếm 31,7% tổng số hội viên") read against
    # the whole the report gives of that name anywhere in it; round 68's 14, unseen, at 65,5 % (406/620: 3 slips, 2
    # found, as the session's start code finds too), 0,04 and 76
    assert recall >= 0.62, f"recall {recall:.1%}"
    assert false <= 0.4, f"{false:.2f} false errors per 50 passages"
    assert measured["dev"].false_warnings <= 76, (
        f"{measured['dev'].false_warnings} warnings on arithmetic that holds"
    )
