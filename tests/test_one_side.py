"""What one side does alone is no meeting: a head of state signing a law or a decree (the law
is the document signed, not the agreement its title names), an official reporting at his own
government's session. Real bilateral signings and joint sessions stay meetings."""

from __future__ import annotations

from reading import facts, meetings, rows


def signings(text: str) -> list[tuple[str, tuple[str, ...]]]:
    out = []
    for row in rows(facts(text), "signing"):
        people = tuple(sorted(row.get("signatory", [])))  # type: ignore[call-overload]
        out.append((str(row["document"][0]), people))  # type: ignore[index]
    return sorted(out)


def test_signing_a_ratification_law_is_no_meeting():
    assert not meetings(
        "Президент Казахстана Касым-Жомарт Токаев подписал закон о ратификации соглашения между "
        "Казахстаном и Узбекистаном о строительстве логистического центра."
    )


def test_the_document_of_a_ratification_law_is_the_law_not_the_agreement():
    found = signings(
        "Президент Казахстана Касым-Жомарт Токаев подписал закон о ратификации соглашения между "
        "Казахстаном и Узбекистаном о строительстве логистического центра."
    )
    ((document, people),) = found
    assert document.startswith("Закон о ратификации соглашения между Казахстаном и Узбекистаном")
    assert people == ("Касым-Жомарт Токаев",)


def test_a_law_titled_in_quotes_keeps_its_whole_title():
    text = (
        "Президент Кыргызстана Садыр Жапаров подписал закон «О ратификации Соглашения между "
        "правительством Кыргызстана и правительством Турции о взаимной защите инвестиций»."
    )
    ((document, people),) = signings(text)
    assert document.startswith("Закон «О ратификации Соглашения")
    assert document.endswith("инвестиций»")
    assert people == ("Садыр Жапаров",)
    assert not meetings(text)


def test_a_decree_signed_is_the_decree_and_no_meeting():
    text = (
        "Президент Азербайджана Ильхам Алиев 12 марта подписал указ об утверждении соглашения "
        "о сотрудничестве с Грузией в сфере энергетики."
    )
    assert signings(text) == [
        ("Указ об утверждении соглашения о сотрудничестве", ("Ильхам Алиев",))
    ]
    assert not meetings(text)


def test_a_resolution_and_an_order_are_acts_of_one_side():
    for text in (
        "Глава государства Шавкат Мирзиёев подписал постановление о мерах по реализации "
        "меморандума о взаимопонимании с Китаем.",
        "Премьер-министр Армении Никол Пашинян подписал распоряжение о ратификации протокола "
        "о внесении изменений в договор о дружбе.",
    ):
        assert not meetings(text)
        ((document, _),) = signings(text)
        assert document.split()[0] in {"Постановление", "Распоряжение"}


def test_a_passive_decree_signed_by_a_president_is_no_meeting():
    text = (
        "Указ о ратификации договора о стратегическом партнерстве подписан президентом "
        "Таджикистана Эмомали Рахмоном."
    )
    assert not meetings(text)
    assert signings(text) == [
        ("Указ о ратификации договора о стратегическом партнерстве", ("Эмомали Рахмон",))
    ]


def test_a_bilateral_signing_stays_a_meeting_of_its_signatories():
    text = (
        "Министр иностранных дел Азербайджана Джейхун Байрамов и министр иностранных дел Грузии "
        "Илья Дарчиашвили подписали в Баку меморандум о сотрудничестве в области образования."
    )
    assert meetings(text) == [("", "Баку", ("Джейхун Байрамов", "Илья Дарчиашвили"))]
    assert signings(text) == [
        (
            "Меморандум о сотрудничестве в области образования",
            ("Джейхун Байрамов", "Илья Дарчиашвили"),
        )
    ]


def test_reporting_at_ones_own_government_session_is_no_meeting():
    for text in (
        "Министр экономики Казахстана Алибек Куантыров доложил на заседании правительства о "
        "росте торговли с Китаем.",
        "Министр энергетики Узбекистана Журабек Мирзамахмудов выступил на заседании Кабинета "
        "министров с докладом о ходе реформ.",
        "Министр финансов Кыргызстана Алмаз Бакетаев на заседании Кабмина сообщил о росте "
        "доходов бюджета.",
        "Премьер-министр Казахстана Олжас Бектенов провел заседание правительства, на котором "
        "обсуждались вопросы транзита.",
        "Премьер-министр Грузии Ираклий Кобахидзе провел совещание с членами правительства.",
    ):
        assert not meetings(text), text


def test_a_joint_session_of_two_governments_stays_a_meeting():
    found = meetings(
        "Премьер-министры Казахстана и Кыргызстана Олжас Бектенов и Адылбек Касымалиев провели "
        "в Бишкеке совместное заседание правительств двух стран."
    )
    assert found == [("", "Бишкек", ("Адылбек Касымалиев", "Олжас Бектенов"))]


def test_two_officials_meeting_at_a_commission_session_stay_a_meeting():
    found = meetings(
        "На заседании межправительственной комиссии министр экономики Азербайджана Микаил "
        "Джаббаров провел встречу с министром экономики Грузии Леваном Давиташвили."
    )
    assert [people for _, _, people in found] == [("Леван Давиташвили", "Микаил Джаббаров")]


def test_a_law_adopted_then_signed_as_the_document_is_the_law_and_no_meeting():
    text = (
        "Парламент принял закон о ратификации соглашения о свободной торговле с Сербией. "
        "Документ подписал президент Армении Ваагн Хачатурян."
    )
    assert signings(text) == [
        ("Закон о ратификации соглашения о свободной торговле", ("Ваагн Хачатурян",))
    ]
    assert not meetings(text)


def test_a_law_ratifying_an_agreement_signs_the_law_only():
    found = signings(
        "Президент Армении Ваагн Хачатурян подписал закон, ратифицирующий соглашение о "
        "свободной торговле с Сербией."
    )
    assert found == [("Закон", ("Ваагн Хачатурян",))]
