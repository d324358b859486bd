"""Kazakh pages split into the story's sentences: noise, related headlines and footers aside."""

from __future__ import annotations

from kztracker.importing.extract.kazakh.dates import stamp_end
from kztracker.importing.extract.kazakh.segment import segment

PAGE = """Ақтау порты жаңа терминал ашты
Басты бет
KZ
+12°
482.10 521.33 5.01
Ақтау порты жаңа терминал ашты
09:30, 4 ақпан 2022
Ақтау порты бүгін жаңа контейнер терминалын ашты. Оған ҚР Көлік министрі т.б. қонақтар қатысты.
Фото: Ержан Омаров
Академик Қ.И. Сәтбаев атындағы университет өкілдері де келді.
Тағы оқыңыз:
Атырауда жаңа көпір салынды
Жаңаөзенде мектеп ашылды
Подписывайтесь на наш канал в Telegram и узнавайте новости первыми каждый день
"""


def test_the_story_keeps_its_sentences_and_loses_the_pages_noise() -> None:
    article = segment(PAGE, stamp_end)
    assert article.headline == "Ақтау порты жаңа терминал ашты"
    assert [s.text for s in article.sentences] == [
        "Ақтау порты жаңа терминал ашты",
        "Ақтау порты бүгін жаңа контейнер терминалын ашты.",
        "Оған ҚР Көлік министрі т.б. қонақтар қатысты.",
        "Академик Қ.И. Сәтбаев атындағы университет өкілдері де келді.",
    ]


def test_the_date_stamp_is_kept_aside_for_the_publication_date() -> None:
    article = segment(PAGE, stamp_end)
    (stamp,) = article.stamps
    assert PAGE[stamp.start : stamp.end] == "09:30, 4 ақпан 2022"


def test_offsets_point_into_the_text() -> None:
    article = segment(PAGE, stamp_end)
    for sentence in article.sentences:
        assert PAGE[sentence.start : sentence.end] == sentence.text
        for token in sentence.tokens:
            assert PAGE[token.start : token.end] == token.text


def test_a_headline_in_capitals_keeps_capitals_only_on_the_texts_own_names() -> None:
    page = (
        "ЖАМБЫЛ ОБЛЫСЫ ҮШ ӨҢІРМЕН II ФОРУМДА КЕЛІСІМГЕ КЕЛДІ\n"
        "Бүгін Жамбыл облысының әкімдігі бұл туралы хабарлады."
    )
    article = segment(page, stamp_end)
    assert article.sentences[0].text == "Жамбыл облысы үш өңірмен II форумда келісімге келді"
    assert article.sentences[0].tokens[0].capitalized
    assert not article.sentences[0].tokens[1].capitalized


def test_a_dateline_with_its_place_is_a_stamp() -> None:
    line = "Түркістан, 2 мамыр 2024 жыл"
    assert line[: stamp_end(line)] == line


def test_a_page_that_opens_with_a_sentence_has_no_headline() -> None:
    article = segment("Жаңа мектеп бүгін ашылды. Оған оқушылар келді.\nЕкінші абзац.", stamp_end)
    assert article.headline is None
    assert not any(s.headline for s in article.sentences)
