"""People: names in the nominative with their gender, one node per person whatever the
form, and no person made of a role word, a town or a word cut short."""

from __future__ import annotations

import pytest
from reading import facts


def people(text: str) -> list[str]:
    return sorted(e.label for e in facts(text).entities if e.kind == "person")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Документ подписала вице-министр энергетики Айгерим Сатыбалдиева.",
            "Айгерим Сатыбалдиева",
        ),
        (
            "Он встретился с заместителем министра Гульнарой Ахметовой.",
            "Гульнара Ахметова",
        ),
        (
            "Переговоры с министром финансов Фахадом аль-Джараллой прошли в Эль-Кувейте.",
            "Фахад аль-Джаралла",
        ),
        (
            "Состоялся визит генерального консула Ирана в Казани Мехди Насирова.",
            "Мехди Насиров",
        ),
        (
            "Встреча с главой Минфина Таджикистана Файзиддином Кахорзода прошла в Душанбе.",
            "Файзиддин Кахорзода",
        ),
    ],
)
def test_names_in_the_nominative_with_their_gender(text: str, person: str):
    assert people(f"{text} Стороны обсудили сотрудничество в энергетике.") == [person]


def test_one_person_is_one_node_whatever_the_case():
    found = people(
        "Министр экономики Таджикистана Зафар Хакимов встретился с послом Китая. Послу "
        "Зафара Хакимова представили проект. По словам Хакимова, проект важен."
    )
    assert found == ["Зафар Хакимов"]


def test_a_role_word_the_tagger_took_for_a_name_is_no_person():
    found = people(
        "Сопредседатели комиссии подписали протокол. Министр торговли Грузии Тамар Табатадзе "
        "назвала итоги успешными."
    )
    assert found == ["Тамар Табатадзе"]


def test_an_initial_and_a_surname_are_the_person_named_in_full():
    found = people(
        "Президент Кыргызстана Садыр Жапаров принял посла Турции. «Наши страны связывает "
        "многое», – сказал С. Жапаров."
    )
    assert found == ["Садыр Жапаров"]


def test_initials_before_a_surname_take_the_first_name_written_in_full():
    found = people(
        "Глава МИД России С.В. Петров прибыл в Аддис-Абебу. Министр иностранных дел России "
        "Сергей Петров провел переговоры."
    )
    assert found == ["Сергей Петров"]


def test_a_one_word_name_that_begins_a_full_name_is_that_person():
    found = people(
        "Министр иностранных дел Японии Ямада Таро встретился с заместителем премьер-министра "
        "Монголии Баярсайханом Тумэном. Министр Ямада приветствовал визит заместителя "
        "премьер-министра Баярсайхана."
    )
    assert found == ["Баярсайхан Тумэн", "Ямада Таро"]


def test_a_one_word_name_two_full_names_begin_with_stays_apart():
    found = people(
        "Принц Мухаммед бен Салман встретился с шейхом Мухаммедом бен Рашидом. Мухаммед "
        "отметил рост торговли."
    )
    assert "Мухаммед" in found


def test_a_soft_stem_keeps_its_soft_sign():
    found = people(
        "Министр торговли Китая Ван Вэньтао встретился с коллегами. По словам заместителя "
        "министра Ли Цзюня, торговля растет."
    )
    assert "Ли Цзюнь" in found


def test_a_word_cut_off_at_the_end_of_an_excerpt_is_no_person():
    found = people(
        "Министр энергетики Узбекистана Журабек Мирзаев посетил Ашхабад. Стороны подписали "
        "программу на 2025 год. Минэ"
    )
    assert found == ["Журабек Мирзаев"]


def test_a_name_coordinated_with_another_stands_in_its_case():
    found = people(
        "Заседание прошло под председательством премьер-министров двух стран Адылбека "
        "Касымалиева и Кохира Расулзода."
    )
    assert found == ["Адылбек Касымалиев", "Кохир Расулзода"]


def test_a_name_between_a_title_and_its_holder_is_what_the_title_heads():
    found = people(
        "Председатель Халк Маслахаты Туркменистана Гурбангулы Бердымухамедов принял посла Ирана."
    )
    assert found == ["Гурбангулы Бердымухамедов"]


def test_a_holder_named_apart_from_an_earlier_titled_name_is_another_person():
    found = people(
        "Об этом рассказал премьер-министр Михаил Мишустин после беседы с коллегой "
        "из Киргизии Адылбеком Касымалиевым."
    )
    assert found == ["Адылбек Касымалиев", "Михаил Мишустин"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Стороны провели переговоры с министром энергетики и водных ресурсов Бразилии "
            "Жоакимом Сантаной.",
            "Жоаким Сантана",
        ),
        (
            "Переговоры прошли с министром торговли и туризма Перу Густаво Мендесом.",
            "Густаво Мендес",
        ),
    ],
)
def test_a_foreign_name_whose_words_all_end_as_the_instrumental_is_instrumental(
    text: str, person: str
):
    assert people(text) == [person]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Открыл форум министр культуры и спорта Узбекистана Бахром Толстой.",
            "Бахром Толстой",
        ),
        ("Делегацию встретил министр юстиции и труда Кыргызстана Ахром Донской.", "Ахром Донской"),
    ],
)
def test_a_nominative_ending_in_om_or_oi_stays_as_it_is(text: str, person: str):
    assert people(text) == [person]


def test_a_genitive_first_name_before_a_turkish_surname_in_oglu_is_undone():
    found = people("Визит министра иностранных дел Турции Ахмета Давутоглу в Баку прошёл в мае.")
    assert found == ["Ахмет Давутоглу"]


def test_a_title_followed_by_a_company_in_latin_letters_still_governs_the_name():
    found = people(
        "Министр принял управляющего директора Dubai Trade Company Ахмеда Жуму аль-Фарси."
    )
    assert found == ["Ахмед Жума аль-Фарси"]


def test_a_surname_ending_in_a_hushing_consonant_gets_no_soft_sign():
    found = people(
        "В Белграде глава МИД Венгрии обсудил поставки газа с сербским министром энергетики "
        "Александром Античем и с министром финансов Сербии Синишей Малым."
    )
    assert "Александр Антич" in found
    assert not any(name.endswith("чь") for name in found)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("По словам вице-премьера Молдовы Николая Зайца, проект важен.", "Николай Заяц"),
        ("Он встретился с министром транспорта Андреем Орлом в Кишиневе.", "Андрей Орел"),
        ("Послу Армении Игорю Льву вручили орден в Ереване.", "Игорь Лев"),
        ("Он встретился с министром финансов Анатолием Котом в Киеве.", "Анатолий Кот"),
    ],
)
def test_a_surname_with_a_fleeting_vowel_gets_it_back_in_the_nominative(text: str, person: str):
    assert people(f"{text} Стороны обсудили сотрудничество в энергетике.") == [person]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Министр обсудила интеграцию с Мирьяной Петрович, министром европейских дел Сербии.",
            "Мирьяна Петрович",
        ),
        ("Посол беседовал с послом Монголии Батбаяром Ганзориг.", "Батбаяр Ганзориг"),
        ("Министр встретился с министром иностранных дел Мали Абдулаем Диоп.", "Абдулай Диоп"),
        ("Министр провёл встречу с г-ном Батбаяром Ганзориг в Токио.", "Батбаяр Ганзориг"),
        (
            "Он встретился с министром без портфеля, ответственной за интеграцию страны, "
            "Мирьяной Петрович.",
            "Мирьяна Петрович",
        ),
    ],
)
def test_an_undeclined_surname_in_a_consonant_leaves_the_case_to_the_given_name(
    text: str, person: str
):
    assert people(f"{text} Стороны обсудили торговлю и транзит грузов через порты.") == [person]


def test_a_hyphened_surname_sheds_its_case_ending():
    found = people(
        "Делегация встретилась с председателем комиссии Мариамой Кейта-Сиссой. Стороны "
        "обсудили торговлю и транзит грузов через порты."
    )
    assert found == ["Мариама Кейта-Сисса"]


def test_an_adverb_opening_the_sentence_is_no_first_name():
    found = people(
        "Министр иностранных дел Казахстана Мурат Нуртлеу прибыл в Каир. Далее Нуртлеу "
        "посетил библиотеку, где ознакомился с рукописями."
    )
    assert found == ["Мурат Нуртлеу"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Во время переговоров с Х. Рамиресом Ван Лицзюнь отметил, что Китай готов "
            "помогать Чили в строительстве порта.",
            ["Ван Лицзюнь", "Х. Рамирес"],
        ),
        (
            "На встрече со своим коллегой Нгуеном Ваном Тхуаном Ли Вэй отметил рост "
            "взаимной торговли двух стран.",
            ["Ли Вэй", "Нгуен Ван Тхуан"],
        ),
        (
            "Президент Дмитрий Медведев и премьер-министр Д. А. Иванов обсудили развитие "
            "торговли с Египтом.",
            ["Д. А. Иванов", "Дмитрий Медведев"],
        ),
    ],
)
def test_two_names_run_together_are_two_people(text: str, expected: list[str]):
    assert people(text) == expected
