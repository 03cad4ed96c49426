"""Speaker kinds of session 36 (independent draws 4747 and 4848): places and one-word companies that speak are
organisations; a headline's capitalised run gives a company no first name; a person's personal document read as
a body's name is the person's; a name that ends an apposition is the speaker; a named person joined to "his"
people leads; the object of a verb after its subject pronoun and an owner's adjective before a noun cue are no
speakers. Sentences written for the test."""
from __future__ import annotations

from conftest import profile


def _sources(text: str) -> dict[str, str]:
    """highlighted speaker span -> its label."""
    return {e.text: e.label for e in profile(text).features["sourcing"].evidence if e.role == "source"}


# ------------------------------------------------------------------ places and companies that speak

def test_a_city_that_speaks_is_its_government():
    assert _sources("The schools stayed shut. Chicago reported that cases fell.").get("Chicago") \
        == "named organization"


def test_joined_cities_are_their_governments():
    assert _sources("Several large cities including New York City and Los Angeles argue that the rule is unlawful.") \
        .get("New York City and Los Angeles") == "named organization"


def test_joined_companies_are_organisations():
    assert _sources("The rules changed. Google and Apple said they would comply.").get("Google and Apple") \
        == "named organization"


def test_a_city_word_after_a_first_name_stays_a_person():
    assert _sources("John Denver sang first. Later, Denver said the show was over.").get("Denver") == "named person"


def test_a_surname_stays_a_person():
    assert _sources("The schools stayed shut. Kowalski reported that cases fell.").get("Kowalski") == "named person"


def test_a_company_after_a_headline_run_stays_a_company():
    text = "Critics Slam Megacorp Facebook But Nobody Listens\n\nFacebook told reporters in a statement that it would act."
    assert _sources(text).get("Facebook") == "named organization"


def test_a_company_word_after_a_first_name_stays_a_person():
    assert _sources("The vote was held after Secretary Kirstjen Nielsen spoke. Later, Nielsen said it was over.") \
        .get("Nielsen") == "named person"


# ------------------------------------------------------------------ documents of a person

def test_a_persons_tweet_read_as_a_body_is_the_persons():
    assert _sources("The two had a pleasant call, according to a Trump tweet.").get("a Trump tweet") == "named person"


def test_a_companys_post_stays_the_companys():
    assert _sources("The rule changed, according to a Facebook post.").get("a Facebook post") == "named organization"


# ------------------------------------------------------------------ a name that ends an apposition

def test_a_name_ending_an_apposition_is_the_speaker():
    sources = _sources("They met before a mutual friend, Ohio real estate investor Tom Barrow, recommended the hire.")
    assert sources.get("a mutual friend") == "named person"


def test_a_titled_name_of_a_place_ending_an_apposition_is_the_speaker():
    sources = _sources("One of the party’s most powerful Republicans, Rep. Mike Rollins of Michigan, said the plan failed.")
    assert sources.get("Republicans") == "named person"


def test_an_apposition_without_a_name_stays_vague():
    sources = _sources("The lawmakers, Democrats from New York and Texas, said the plan failed.")
    assert sources.get("The lawmakers") == "anonymous or vague"


# ------------------------------------------------------------------ a named person and "his" people

def test_a_person_and_his_people_is_the_person():
    sources = _sources("Andrew McCabe was fired. Why did McCabe stay? McCabe and his cabal knew that the story was false.")
    assert sources.get("McCabe and his cabal") == "named person"


def test_a_person_and_a_body_stays_as_read():
    sources = _sources("Andrew McCabe was fired. Why did McCabe stay? McCabe and the FBI knew that the story was false.")
    assert sources.get("McCabe and the FBI") == "named organization"


# ------------------------------------------------------------------ part of what the cue says

def test_the_object_after_a_subject_pronoun_is_no_speaker():
    sources = _sources("Both men were orators. Both disliked the Congress. The collapse came later.")
    assert "the Congress" not in sources


def test_an_inverted_cue_keeps_its_speaker():
    assert _sources("“It is over,” said the minister.").get("the minister") == "named person"


def test_an_owner_and_an_adjective_before_a_noun_cue_is_no_speaker():
    sources = _sources("Voters may punish Trump for his false claim that the border is closed.")
    assert not any("false" in s for s in sources)


def test_an_owner_and_a_noun_for_people_before_a_cue_stays():
    assert _sources("Smith was fired. His aides claim that he was framed.").get("His aides") == "anonymous or vague"


def test_a_crowd_with_one_of_them_named_stays_vague():
    sources = _sources("The law passed. Critics, including lawyer David Lopold, said it was cruel.")
    assert sources.get("Critics") == "anonymous or vague"


def test_a_numbered_bodys_statement_stays_the_bodys():
    assert _sources("The ship came within ten yards, a 5th Fleet statement said.").get("a 5th Fleet statement") \
        == "named organization"
