"""Hand-annotated rows for ages, sentence lengths, articles and dates, marked by the annotation convention
(``tests/data/transcripts/README.md``) and written BEFORE the detector was read, with decoys beside them.

Markup: ``[[…]]`` is an AGE_OR_SENTENCE mention a careful annotator marks, ``<<…>>`` a DATE mention, and
``{{…}}`` a decoy that must stay unmasked by any age, sentence, date or facility span: durations of other
activities, distances, prices, counts, years, fines, approximate ages, time still to serve, a season, a month
without a year. ``\\n`` is a Whisper segment break. Every sentence, name and number here is invented for this
bench (none is copied from an evaluation set); public domain.

Usage: ``python bench/quasi_convention_rows.py [--lowercase] [--later]`` prints every missed mention and every
masked decoy; ``--later`` adds the rows written after the detector was read (``quasi_convention_later.tsv``).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from detection_scoring import asr_like  # noqa: E402
from rendering_common import covered  # noqa: E402

QUASI_LABELS = frozenset({"AGE_OR_SENTENCE", "DATE", "DETENTION"})

RU = [
    "ну ему дали [[шесть лет]] колонии усиленного режима, а прокурор просил [[семь]]",
    "Респондент: сыну тогда было [[девятнадцать]], он учился на {{третьем}} курсе",
    "её приговорили к [[двум с половиной годам]] лишения свободы",
    "получил [[год и восемь месяцев]] химии, ну, это ограничение свободы с направлением",
    "короче дали [[2,5 года]] общего режима, без вариантов",
    "судили по [[342]] часть 1, ну, [[342-я]], как у всех",
    "потом ещё добавили [[361-4]], это содействие экстремистской деятельности",
    "обвинение было по [[триста сорок второй]] и по [[триста шестьдесят девятой]]",
    "мама, ей [[шестьдесят три]], каждую неделю ездит за {{сорок}} километров",
    "он отсидел [[три из пяти]], осталось {{два года}}, мы считаем дни",
    "он {{пять лет}} работал на заводе водителем, потом уволили",
    "штраф {{тридцать}} базовых, это где-то {{тысяча двести}} рублей",
    "[[пятнадцать суток]] он отбыл на Окрестина, а потом ему дали ещё [[тринадцать]]",
    "ему было, ну, лет {{пятьдесят}}, точно не помню",
    "в свои [[60]] она вышла одна с плакатом",
    "[[34-летний]] программист из Гомеля, отец двоих детей",
    "задержали [[тридцатичетырёхлетнюю]] учительницу прямо на уроке",
    "суд присудил [[три года]] ограничения свободы с направлением",
    "ну и впаяли [[восемь лет]], представляешь, за комментарий",
    "влепили ему [[девять]], а он даже не понял за что",
    "Интервьюер: А сколько дали?\nРеспондент: [[Шесть]]. [[Шесть лет]]. Строгого.",
    "мне [[сорок один год]], я бухгалтер по образованию",
    "[[полгода]] домашнего ареста, потом ещё продлили на {{месяц}}",
    "[[двадцать суток]] административного ареста за флаг на балконе",
    "это получается [[тридцать месяцев]], ну, [[два с половиной года]]",
    "гособвинитель запрашивал [[девять лет]] строгого режима",
    "прокурорша просила [[четыре с половиной]], дали [[четыре]]",
    "ему осталось {{полтора года}}, если не добавят",
    "по части второй статьи [[293]], то есть массовые беспорядки",
    "по [[двести девяносто третьей]] тогда судили почти всех",
    "протокол составили по [[24.23]] КоАП, это участие в мероприятии",
    "по статье [[19.11]] за подписку на канал",
    "ему [[шестнадцать]] было, несовершеннолетний, и всё равно посадили",
    "в [[двадцать пять лет]] он уже сидел второй раз",
    "мы {{два года}} живём в Варшаве, привыкли",
    "{{три месяца}} ждали визу, потом ещё {{две недели}} паспорт",
    "в камере было {{двенадцать}} человек, а мест {{восемь}}",
    "на {{пятом}} этаже, квартира {{сорок два}}",
    "в {{десять}} утра пришли, в {{девять}} вечера ушли",
    "я отправила {{три}} посылки и {{двадцать}} писем",
    "его держали в РУВД {{десять часов}}, без воды",
    "Андрей, [[27 лет]], из Бреста, айтишник",
    "старшему [[двенадцать]], младшей [[семь]], они всё понимают",
    "ей стукнуло [[семьдесят]] прямо в колонии",
    "он отсидел [[два года из пяти]] и вышел по помилованию",
    "дали [[год]] колонии-поселения, ну, считай повезло",
    "прокурор запросил [[десять]], суд дал [[восемь]]",
    "ну, ему где-то {{под сорок}}, не знаю точно",
    "<<девятого августа>> его забрали у участка",
    "обыск был <<14.09.2021>>, в шесть утра",
    "в <<марте 2022-го>> я уехала, а в {{мае}} уже работала",
    "это было {{осенью}} {{двадцатого}} года, точно не помню когда",
    "суд назначили на <<двадцать третье ноября>>",
    "<<12 октября 2021 года>> его осудили",
    "в {{2019}} году мы ещё ничего не боялись",
    "его задержали\n<<седьмого июня двадцать первого года>>",
    "на {{Новый год}} пришла открытка от него",
    "суд дал [[пять с половиной]], это строгий, ну как бы усиленный режим",
    "отсидел [[тридцать суток]] подряд, карусель",
    "ну дали ему, значит, [[три года]] химии с направлением",
    "ей [[двадцать два года]] было, когда её задержали",
    "ст. [[342]] ч. 1 УК, ну, и ещё ст. [[23.34]] КоАП",
]
BE = [
    "яму далі [[пяць гадоў]] узмоцненага рэжыму, і ўсё",
    "прысудзілі [[тры з паловай гады]] агульнага",
    "ён адсядзеў [[два з чатырох]], засталося {{два}}",
    "засталося {{дваццаць месяцаў}}, мы чакаем",
    "маме [[шэсцьдзясят адзін]], яна хворая",
    "судзілі па [[трыста сорак другім]], як і ўсіх",
    "па артыкуле [[342]] частка 1, потым яшчэ [[361-1]]",
    "пракурор прасіў [[сем гадоў]], далі [[шэсць]]",
    "[[пятнаццаць сутак]] адседзеў на Акрэсціна, потым яшчэ [[пятнаццаць]]",
    "[[паўтара года]] хіміі, ну, абмежаванне волі з накіраваннем",
    "далі [[год і восем месяцаў]] калоніі",
    "дачцэ [[дзевяць]], яна ўсё пытае пра тату",
    "у свае [[сорак пяць]] ён упершыню трапіў у турму",
    "[[25-гадовы]] студэнт з Віцебска",
    "я {{тры гады}} працавала ў школе настаўніцай",
    "штраф {{дваццаць}} базавых, гэта каля {{васьмісот}} рублёў",
    "жывём на {{чацвёртым}} паверсе",
    "ёй {{пад семдзесят}}, але трымаецца",
    "у {{2021}} годзе мы з'ехалі",
    "я перадала {{дзве}} перадачы за месяц",
    "<<дзявятага жніўня дваццатага года>> ён быў на плошчы",
    "у <<красавіку 2022>> прыйшлі з вобшукам",
    "суд быў <<27 верасня>>, я не магла ўстаць",
    "яму было [[дваццаць тры]], калі затрымалі",
    "атрымаў [[чатыры гады]] агульнага рэжыму за каментар",
    "гэта [[сорак восем месяцаў]], я палічыла",
    "ну, там [[два з паловай гады]] далі, значыць",
    "хатняя хімія, [[два гады]] абмежавання волі без накіравання",
    "мы {{пяць месяцаў}} шукалі кватэру ў Беластоку",
    "ад мяжы {{трыццаць}} кіламетраў",
    "далі [[дзесяць сутак]] арышту за сцяжок",
    "пракурорка запытала [[восем гадоў]] строгага",
    "яго асудзілі на [[тры гады]]\nкалоніі",
    "па [[трыста шэсцьдзясят першым]] артыкуле",
    "па [[24.23]] КаАП склалі пратакол",
    "мне тады было [[семнаццаць]] гадоў",
    "ну ёй недзе {{за пяцьдзясят}}",
    "сыну [[чатырнаццаць]], ён у {{восьмым}} класе",
    "яна адбыла [[адзін з трох]], потым памілаванне",
    "у <<студзені дваццаць трэцяга>> яго этапавалі",
    "ён {{дзесяць гадоў}} быў трэнерам па дзюдо",
]
EN = [
    "he got [[three years]] of general regime for a comment",
    "she was sentenced to [[two and a half years]] of restricted freedom",
    "the prosecutor asked for [[five]], and the judge gave [[four]]",
    "the prosecution had requested [[six years]] in a strict-regime colony",
    "my mother is [[seventy-two]] and she has a bad heart",
    "a [[19-year-old]] student from Hrodna was detained at the station",
    "I was [[twenty-three]] back then, a student",
    "at [[nineteen]] he was the youngest in the cell",
    "he's served [[two out of three]], so far",
    "that's [[eighteen months]], a year and a half, in a colony",
    "[[fifteen days]] of administrative detention, then another [[ten]]",
    "under Article [[342]], part one, like everyone else",
    "they added article [[three sixty-one]] later",
    "he was charged under [[361-1]] and [[130]] part 3",
    "I worked there for {{six years}} before I left",
    "it's about {{forty}} kilometres from the border",
    "the fine was {{two hundred}} euros",
    "she's in her {{sixties}}, I think",
    "he has {{eight months}} left to serve",
    "in {{2019}} we moved to Vilnius",
    "I sent {{three}} parcels and {{twelve}} letters",
    "they gave him [[4.5 years]] of strict regime",
    "he got [[a year and eight months]] of home confinement",
    "[[three years]] of restricted freedom with referral to an open-type institution",
    "my son, he's [[fourteen]], he understands everything",
    "aged [[54]], she was the oldest woman in the unit",
    "he turned [[thirty]] in prison",
    "they came on the <<9th of August>>, early in the morning",
    "I left in <<September 2021>> and never went back",
    "the hearing was on <<21 March 2023>>",
    "we waited {{two hours}} outside the court",
    "so the verdict was [[seven years]], um, [[seven years]] of strict regime",
    "the prosecutor wanted [[nine]] but the court gave him [[eight]]",
    "he was around {{fifty}}, I don't remember exactly",
    "[[twenty days]] of arrest, then they let her go",
    "she was given [[two years]]\nof chemistry, that's what we call it",
    "I'm [[forty-one]] now, I was born in Mahilyow",
    "we lived there for {{three months}} in a hostel",
    "it happened in {{May}}, I think, or in {{June}}",
    "he had to pay {{twenty}} base units",
]
ROWS: list[tuple[str, str]] = [("ru", r) for r in RU] + [("be", r) for r in BE] + [("en", r) for r in EN]
# a segment break inside one mention: the number and its unit are one fact
ROWS.append(("ru", "ему дали [[восемь\nлет]] строгого режима"))

_MARK = re.compile(r"\[\[(.+?)\]\]|<<(.+?)>>|\{\{(.+?)\}\}", re.S)


@dataclass(frozen=True)
class Row:
    """``text`` with ``gold`` mentions (start, end, label) to mask and ``decoys`` (start, end) to leave alone."""

    language: str
    text: str
    gold: tuple[tuple[int, int, str], ...]
    decoys: tuple[tuple[int, int], ...]


def parse(language: str, marked: str) -> Row:
    """Strip the markup of one row, keeping the offsets of what it marked."""
    text, gold, decoys, last = "", [], [], 0
    for m in _MARK.finditer(marked):
        text += marked[last : m.start()]
        inner = next(g for g in m.groups() if g is not None)
        start, end = len(text), len(text) + len(inner)
        if m.group(3) is not None:
            decoys.append((start, end))
        else:
            gold.append((start, end, "AGE_OR_SENTENCE" if m.group(1) is not None else "DATE"))
        text += inner
        last = m.end()
    return Row(language, text + marked[last:], tuple(gold), tuple(decoys))


LATER = Path(__file__).with_name("quasi_convention_later.tsv")


def later_rows() -> list[tuple[str, str]]:
    """The rows written after the detector was read (``quasi_convention_later.tsv``)."""
    lines = LATER.read_text(encoding="utf-8").splitlines()
    pairs = [line.split("\t", 1) for line in lines if line and not line.startswith("#")]
    return [(lang, marked.replace("\\n", "\n")) for lang, marked in pairs]


def rows(lowercase: bool = False, later: bool = False) -> list[Row]:
    """Every row parsed (with ``later`` also those written after reading the detector); lower-cased with
    punctuation blanked as unpunctuated ASR writes it when asked."""
    parsed = [parse(lang, marked) for lang, marked in ROWS + (later_rows() if later else [])]
    if not lowercase:
        return parsed
    return [Row(r.language, asr_like(r.text), r.gold, r.decoys) for r in parsed]


def misses(row: Row) -> tuple[list[str], list[str]]:
    """(gold mentions left unmasked, decoys touched by a quasi-identifier span) in one row."""
    from intake.pseudonymise import detect

    spans = detect(row.text, row.language)
    cover = [(s.start, s.end) for s in spans]
    missed = [row.text[s:e] for s, e, _ in row.gold if not covered(row.text, s, e, cover)]
    hit = [row.text[s:e] for s, e in row.decoys
           if any(sp.label in QUASI_LABELS and sp.start < e and s < sp.end for sp in spans)]
    return missed, hit


def main() -> None:
    lower = "--lowercase" in sys.argv
    parsed = rows(lower, later="--later" in sys.argv)
    n_gold = sum(len(r.gold) for r in parsed)
    n_decoy = sum(len(r.decoys) for r in parsed)
    bad_gold = bad_decoy = 0
    for r in parsed:
        missed, hit = misses(r)
        bad_gold += len(missed)
        bad_decoy += len(hit)
        for what, items in (("MISS", missed), ("FP  ", hit)):
            for item in items:
                print(f"{what} {r.language} {item!r:<28} {r.text!r}")
    print(f"{len(parsed)} rows: {n_gold - bad_gold}/{n_gold} mentions masked, {bad_decoy}/{n_decoy} decoys masked")


if __name__ == "__main__":
    main()
