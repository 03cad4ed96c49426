"""Speaker kinds shown by a name's spelling, a document's name, a heading line (session 32, kind32 part 2)."""
from framing import analyze
from framing.types import Article


def _kinds(text: str) -> dict[str, str]:
    p = analyze(Article("t", "", text, None))
    return {text[e.start:e.end]: e.label for e in p.features["sourcing"].evidence if getattr(e, "role", None) == "source"}


def test_outlet_spellings_are_outlets():
    k = _kinds("The vote is near, USAToday says. Beaches will close, ABC13 reported. "
               "Damage was widespread, according to The Portland Mercury.")
    assert k["USAToday"] == k["ABC13"] == k["The Portland Mercury"] == "news outlet"


def test_coined_and_crowd_named_groups_are_bodies_surnames_stay_persons():
    k = _kinds("Groups like FreedomWorks have blasted the deal as a farce. Even groups like Taxpayers for Common "
               "Sense claimed the plan lacked cuts. Ron DeSantis spoke. DeSantis said yes.")
    assert k["FreedomWorks"] == k["Taxpayers for Common Sense"] == "named organization"
    assert k["DeSantis"] == "named person"


def test_person_acronym_and_officials_of_a_body():
    k = _kinds("Reports: N.Y. AG thinks the foundation is a sham. Officials from the Environmental Protection "
               "Agency said Sunday that the mine leaked.")
    assert k["N.Y. AG"] == "named person"
    assert k["Officials from the Environmental Protection Agency"] == "anonymous or vague"


def test_named_document_is_a_document_personal_text_its_author():
    k = _kinds("Devin Nunes spoke. The Nunes memo alleges that surveillance was not vetted. Later the memo says "
               "the FBI erred. Barr's memo said no.")
    assert k["The Nunes memo"] == k["the memo"] == k["Barr's memo"] == "document"
    k = _kinds("The president wrote to the committee. The president's letter said the inquiry would end.")
    assert k["The president's letter"] == "named person"


def test_title_case_heading_is_no_speaker():
    k = _kinds("Update at noon. Vote Likely On Thursday: the House is on track to vote. Smith said: we will win.")
    assert "Vote Likely" not in k
    assert k["Smith"] == "named person"


def test_one_of_his_people_after_a_person_named_as_an_outlet():
    k = _kinds("Mike Bloomberg is running. Bloomberg changed his mind. Bloomberg said he would run, and he did. "
               "The polls left Bloomberg and his advisors worried Democrats could lose, sources told The Post.")
    assert k["Bloomberg and his advisors"] == "named person"


# ------------------------------------------------------------------ a poll's name after an article and a year
def test_a_pollsters_poll_after_a_year_is_an_organization():
    sources = _kinds("Few adults follow the race closely, according to a 2019 Marlow Research Poll.")
    assert sources.get("a 2019 Marlow Research Poll") == "named organization"


def test_a_person_after_a_year_stays_a_person():
    sources = _kinds("The council met again in 2019. Mayor Jane Pollard said the plan was sound.")
    assert sources.get("Mayor Jane Pollard") == "named person"
