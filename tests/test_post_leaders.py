"""Posts said by another word: a leader who is a president, a ministry's head, a company's
stacked posts, one who leads by the verb; bare titles whose country the article makes clear;
names the tagger or the dictionary misread."""

from __future__ import annotations

from test_posts import posts


def test_a_leader_is_a_president_where_the_article_speaks_of_presidents():
    found = posts(
        "На переговорах с российским лидером Владимиром Путиным президент Египта Абдель "
        "Фаттах ас-Сиси предложил расширить поставки зерна."
    )
    assert ("Владимир Путин", "президент", "", "Россия") in found
    assert not any(post == "лидер" for _, post, _, _ in found)


def test_a_leader_in_an_article_that_names_no_president_holds_no_post():
    found = posts(
        "В конце мая чилийский лидер Габриэль Борич в ходе разговора с аргентинским коллегой "
        "обсудил поставки удобрений."
    )
    assert not any(person == "Габриэль Борич" for person, _, _, _ in found)


def test_stacked_company_posts_share_the_company_named_after_the_last():
    found = posts(
        "С казахстанской стороны во встрече участвовали вице-премьер Серик Жумангарин и "
        "главный исполнительный директор, председатель правления компании «КазМунайГаз» "
        "Аскар Жайсанов."
    )
    assert ("Аскар Жайсанов", "главный исполнительный директор", "КазМунайГаз", "Казахстан") in (
        found
    )
    assert ("Серик Жумангарин", "вице-премьер", "", "Казахстан") in found


def test_a_given_name_in_the_dative_the_dictionary_only_guesses_is_put_in_the_nominative():
    found = posts(
        "Глава государства также передал теплые приветствия Президенту Туркменистана Сердару "
        "Бердымухамедову и пожелал ему успехов."
    )
    assert ("Сердар Бердымухамедов", "президент", "", "Туркменистан") in found


def test_a_name_the_tagger_takes_for_a_ports_name_after_a_title_is_the_holder():
    found = posts(
        "Делегация провела встречу с директором Актауского международного морского порта "
        "Бауыржаном Алимовым."
    )
    assert ("Бауыржан Алимов", "директор", "Актауский международный морской порт", "Казахстан") in (
        found
    )


def test_a_bare_presidents_country_is_the_host_of_the_visit_the_article_reports():
    found = posts(
        "Премьер-министр Таджикистана Кохир Расулзода прибыл в Ташкент с рабочим визитом. "
        "В Ташкенте он провел переговоры с премьер-министром Узбекистана Абдуллой Ариповым. "
        "В пятницу пройдет инвестиционный форум с участием президента Шавката Мирзиёева."
    )
    assert ("Шавкат Мирзиёев", "президент", "", "Узбекистан") in found


def test_one_surname_with_a_known_state_gives_a_bare_title_of_the_family_its_country():
    found = posts(
        "Председатель Милли Меджлиса Азербайджана Сахиба Гафарова приняла делегацию Турции. "
        "Гости передали приветствия президенту Эльнуру Гафарову."
    )
    assert ("Эльнур Гафаров", "президент", "", "Азербайджан") in found


def test_the_head_of_a_ministry_spelled_out_is_its_minister():
    found = posts(
        "Как заявил глава министерства финансов Египта Ахмед Кучук, фонд будет вкладывать "
        "средства в порты и дороги."
    )
    assert found == {("Ахмед Кучук", "министр финансов", "", "Египет")}


def test_the_head_of_a_country_named_by_another_post_is_that_post_only():
    found = posts(
        "Президент Республики Корея Пак Мин Су прибыл в Москву. Глава Республики Корея Пак Мин "
        "Су обсудил с президентом России Владимиром Путиным торговлю."
    )
    assert {p for p in found if p[0] == "Пак Мин Су"} == {
        ("Пак Мин Су", "президент", "", "Южная Корея")
    }


def test_two_states_titles_joined_by_and_are_two_peoples_and_the_last_is_the_names():
    found = posts(
        "Президент Чили Габриэль Борич прибыл в Москву. По итогам переговоров глава чилийского "
        "государства и президент РФ Владимир Путин подписали совместное заявление."
    )
    assert {p for p in found if p[0] == "Владимир Путин"} == {
        ("Владимир Путин", "президент", "", "Россия")
    }


def test_one_who_leads_an_organisation_by_the_verb_is_its_head():
    found = posts(
        "Российско-Таджикский фонд развития (РТФР) начал работу в 2015 году. Сейчас РТФР "
        "возглавляет Игорь Петров, назначенный в прошлом году."
    )
    assert found == {("Игорь Петров", "глава", "Российско-Таджикский фонд развития", "")}


def test_a_body_every_reader_knows_inside_a_title_is_its_organisation():
    found = posts(
        "Состоялся телефонный разговор между Председателем Халк Маслахаты Туркменистана "
        "Гурбангулы Бердымухамедовым и Президентом Азербайджана Ильхамом Алиевым."
    )
    assert ("Гурбангулы Бердымухамедов", "председатель", "Халк Маслахаты", "Туркменистан") in found


def test_a_title_after_a_name_and_its_spelling_in_brackets_is_the_names():
    found = posts(
        "«Делегация приедет в Ташкент», — рассказал Ахмад Наим Карими (Ahmad Naim Karimi), "
        "пресс-секретарь министерства финансов Афганистана."
    )
    assert ("Ахмад Наим Карими", "пресс-секретарь", "Министерство финансов", "Афганистан") in found
