"""`kg eval` scoring: matching rules of GOLD.md on small hand-made gold and text files."""

from __future__ import annotations

import json

from kg.extract.evaluate import Matcher, Report, evaluate, format_report, score_article  # noqa: E402


def test_weapon_head_noun_matching():
    m = Matcher()
    assert m.same_weapon("Shahed drones", "Shahed attack drones")
    assert m.same_weapon("missile", "ballistic missiles")
    assert not m.same_weapon("drones", "missiles")
    # a model number's plural is the model ("F-16s", "Leopard 2s"), not another weapon
    assert m.same_weapon("F-16", "F-16s")
    assert m.same_weapon("F-16 fighter jets", "F-16s")
    assert m.same_weapon("Leopard 2s", "Leopard 2 tanks")
    assert m.same_weapon("K2s", "K2 tanks")
    assert not m.same_weapon("F-16s", "F-35s")
    assert not m.same_weapon("T-72s", "T-90 tanks")


def test_other_models_with_one_head_noun_are_other_weapons():
    m = Matcher()
    assert not m.same_weapon("F-15 fighter jets", "F-35 fighter jets")
    assert not m.same_weapon("S-300 air defence systems", "S-400 systems")
    assert not m.same_weapon("T-72 tanks", "T-90 tanks")
    # a variant of the same model, or a name without a model number, still matches
    assert m.same_weapon("Leopard 2A4 tanks", "Leopard 2 tanks")
    assert m.same_weapon("F-15E jets", "F-15 fighter jets")
    assert m.same_weapon("F-16 fighter jets", "fighter jets")


def test_names_fold_case_and_accents():
    m = Matcher()
    assert m.same_name("Recep Tayyip Erdoğan", "recep tayyip erdogan")


def test_names_fold_letters_unicode_does_not_decompose():
    # "ł", "ø", "ı" have no combining accent to strip: the scorer folds them as the gazetteer's
    # keys do, so one person spelt both ways is one match, not a miss and a false alarm
    m = Matcher()
    assert m.same_name("Radosław Sikorski", "Radoslaw Sikorski")
    assert m.same_name("Lars Løkke Rasmussen", "Lars Lokke Rasmussen")
    assert m.same_name("Hakan Fıdan", "Hakan Fidan")
    assert not m.same_name("Radosław Sikorski", "Radek Sikorski")


def test_optional_gold_is_neither_hit_nor_miss():
    gold = {"article": "x", "facts": [
        {"type": "Strike", "attacker": "Russia", "target_place": "Kyiv"},
        {"type": "Strike", "attacker": "Russia", "target_place": None, "optional": True}]}
    pred = {"facts": [{"type": "Strike", "attacker": "Russia", "target_place": "Kyiv"},
                      {"type": "Strike", "attacker": "Russia", "target_place": "Lviv"}]}
    rep = Report()
    score_article(gold, pred, Matcher(), rep)
    s = rep.kinds["Strike"]
    assert (s.tp, s.fp, s.fn) == (1, 0, 0)


def test_a_false_alarm_that_repeats_a_matched_fact_says_so():
    """One-to-one matching: a second report of an (optional or required) gold fact that another
    report already matched is a false alarm; the report says it repeats a matched fact, so a
    reader tells a duplicate from a wrong fact (and does not take it for a scorer bug)."""
    gold = {"article": "x", "facts": [
        {"type": "ArmsTransfer", "supplier": "Germany", "recipient": "Ukraine",
         "weapon": "IRIS-T air defence systems", "optional": True},
        {"type": "ArmsTransfer", "supplier": "France", "recipient": "Ukraine",
         "weapon": "Caesar howitzers"}]}
    pred = {"facts": [
        {"type": "ArmsTransfer", "supplier": "Germany", "recipient": "Ukraine",
         "weapon": "IRIS-T air defence systems", "evidence": "first"},
        {"type": "ArmsTransfer", "supplier": "Germany", "recipient": "Ukraine",
         "weapon": "air defence systems", "evidence": "second"},
        {"type": "ArmsTransfer", "supplier": "France", "recipient": "Ukraine",
         "weapon": "Caesar howitzers"},
        {"type": "ArmsTransfer", "supplier": "France", "recipient": "Poland",
         "weapon": "Caesar howitzers", "evidence": "wrong recipient"}]}
    rep = Report()
    score_article(gold, pred, Matcher(), rep)
    s = rep.kinds["ArmsTransfer"]
    assert (s.tp, s.fp, s.fn) == (1, 2, 0)
    flags = {a["sentence"]: a.get("repeats_a_matched_fact", False) for a in rep.false_alarms}
    assert flags == {"second": True, "wrong recipient": False}
    text = format_report(rep)
    assert "1 repeat a gold fact another report already matched" in text
    assert text.count("(repeats a matched fact)") == 1


def test_slots_right_wrong_missing():
    gold = {"article": "x", "facts": [
        {"type": "Strike", "attacker": "Russia", "target_place": "Kyiv", "killed": 3,
         "injured": 5, "date": "2024-03-15", "weapon": "missile"}]}
    pred = {"facts": [{"type": "Strike", "attacker": "Russia", "target_place": "Kyiv",
                       "killed": 3, "injured": 6, "date": None, "weapon": "missiles"}]}
    rep = Report()
    score_article(gold, pred, Matcher(), rep)
    assert rep.slots["Strike.killed"]["right"] == 1
    assert rep.slots["Strike.injured"]["wrong"] == 1
    assert rep.slots["Strike.date"]["missing"] == 1
    assert rep.slots["Strike.weapon"]["right"] == 1


def test_evaluate_directory(tmp_path):
    gold_dir, texts = tmp_path / "gold", tmp_path / "texts"
    gold_dir.mkdir()
    texts.mkdir()
    (texts / "a.txt").write_text(
        "Pact signed\n\nPoland and Ukraine signed a 10-year security agreement on Friday.\n"
        "Turkey has sold drones to Qatar.", encoding="utf-8")
    (gold_dir / "a.json").write_text(json.dumps({"article": "a", "published": "2024-03-15",
        "facts": [
            {"type": "Treaty", "parties": ["Ukraine", "Poland"], "signatories": None,
             "date": "2024-03-15", "duration_years": 10, "kind": "security agreement",
             "evidence": "Poland and Ukraine signed a 10-year security agreement on Friday."},
            {"type": "ArmsTransfer", "supplier": "Turkey", "recipient": "Azerbaijan",
             "weapon": "drones", "quantity": None, "evidence": "(not in text)"}]}))
    rep = evaluate(gold_dir, texts)
    assert rep.kinds["Treaty"].tp == 1
    assert rep.slots["Treaty.duration_years"]["right"] == 1
    t = rep.kinds["ArmsTransfer"]
    assert (t.tp, t.fp, t.fn) == (0, 1, 1)
    out = format_report(rep)
    assert "misses" in out and "false alarms" in out and "Qatar" in out


def test_eval_command(tmp_path):
    from click.testing import CliRunner

    from kg.extract.commands import eval_command

    (tmp_path / "g").mkdir()
    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "a.txt").write_text("H\n\nNothing happened.", encoding="utf-8")
    (tmp_path / "g" / "a.json").write_text(json.dumps({"article": "a", "published": None,
                                                        "facts": []}))
    res = CliRunner().invoke(eval_command, ["--gold", str(tmp_path / "g"), "--texts",
                                            str(tmp_path / "t"), "--format", "json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["overall"]["tp"] == 0
