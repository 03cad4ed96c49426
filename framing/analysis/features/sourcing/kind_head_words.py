"""Second looks at a speaker's kind from its head word and the words right after it, applied after the
reader's kind (:func:`.kind_documents.authored_kind`; the cue model never reads them).

Readers of the AllSides dev sample (session 30's independent draws 2121-2424 and session 31's fresh draw)
judged these kinds wrong:

- a candidate's campaign, read as unnamed ("the campaign said", "his campaign told", "The president's
  re-election campaign released"): the campaign is a body, an organisation. An advertising or letter-writing
  effort ("a national ad campaign", "The 2008 campaign") is no body and stays as it was;
- a phrase followed by a title and a name that is the speaker ("Obama deputy campaign [manager Stephanie
  Cutter]", "Ranking Senate Budget Committee [member Sen. Jeff Sessions]"): that person;
- a lone acronym read as a person's name ("ICE said", "NOAA reported"), which the article never writes in
  title case (as it writes "Trump" beside a transcript's "TRUMP"): an organisation;
- a surname before the body it is of ("Malpani of Doctors Without Borders"), where the article also writes the
  surname alone inside a sentence ("Malpani fears"): the person;
- a broadcast station named by its call sign, read as a body or a person ("according to WFAA", "WRAL, a
  television station", :mod:`.kind_call_signs`): a news outlet;
- an amount of people read as a body ("An increasing number of Republicans", "The most"): unnamed people;
- people at a place read as a body ("those on the ground in Iowa"; session 33): unnamed people;
- an owner's lawyer read as a body ("Stone's attorney said"): an unnamed person;
- a company, pollster or group known by one word, read as a person ("Amazon said it", "according to Nielsen",
  ``lexicons/kind_one_word_bodies.txt``), unless the article gives the word a first name ("Kirstjen Nielsen")
  or a "he"/"she"; a name read as a person that the article shortens to its initials in brackets right after
  ("U.S. Customs and Border Protection (CBP) said"): an organisation;
- an unnamed person of a named one or a body, read as the name ("a former senior adviser to McCain",
  "advisers to Biden and Buttigieg", "The owner of Dollar Rental Cars", "a well-known Democrat backing Biden";
  the last in session 37's fresh draw): unnamed people; a body's name whose
  head stands before "of", "for" or "to", read as a person ("the Committee to Protect Journalists", "The San
  Ysidro Chamber of Commerce", "the office of House Speaker John Boehner"): the organisation;
- an epithet for a company or an institution named just before ("The social media platform" after "Twitter
  denied", :mod:`.kind_epithet_bodies`): that organisation;
- a named person of a body or a place read as the body ("the Rev. Jane Roe of the Grace Church", "Sen. Mike Lee
  of Utah"; fresh draw 6767, :mod:`.kind_people_of_bodies`): the person.

Bodies stay bodies: "the Clinton campaign", "Justice Department attorneys", "University of California",
"the Office of Inspector General", "Human Rights Campaign".
"""
from __future__ import annotations

from typing import Final

from ...lexicons import load_word_set
from ...text import Doc
from .aliases import person_key, plain
from .facts import DocFacts, base_norm
from .given_names import first_names
from .kind_body_back_nouns import body_named_again
from .kind_call_signs import call_sign_station
from .kind_epithet_bodies import epithet_body
from .kind_people_of_bodies import person_of_a_body
from .kind_surname_bodies import surname_read_as_body
from .grammar import WordLists, is_cap, name_word
from .kind_unnamed_people import person_heads

_CAMPAIGNS: Final = frozenset({"campaign", "campaigns"})
# who a campaign is of, when no name is in the phrase ("the campaign", "his campaign")
_OWNERS: Final = frozenset({"the", "his", "her", "their", "its"})
# words a candidate's campaign may carry between its owner and its head ("the president's re-election campaign")
_CAMPAIGN_MODIFIERS: Final = frozenset({"re-election", "reelection", "presidential", "senate", "gubernatorial",
                                        "mayoral", "congressional", "own", "rival", "opposing", "entire", "whole"})
_PREPOSITIONS: Final = frozenset({"of", "for", "at", "with", "from", "on", "in", "around", "inside", "outside",
                                  "during", "throughout", "by", "to", "into", "about", "within"})
# lower-case titles that may stand between a phrase and the name of the person it describes
_TITLE_AFTER: Final = frozenset({"manager", "member", "spokesman", "spokeswoman", "spokesperson", "chairman",
                                 "chairwoman", "chair", "director", "president", "secretary", "adviser", "advisor",
                                 "strategist", "aide", "official", "counsel", "lawyer", "attorney", "chief",
                                 "head", "leader", "pollster", "treasurer", "founder", "co-founder", "executive",
                                 "ceo", "analyst", "economist", "researcher", "professor", "commissioner"})
_HONORIFICS: Final = frozenset({"sen", "rep", "gov", "gen", "dr", "mr", "mrs", "ms", "prof", "adm", "lt", "col"})
_AMOUNTS: Final = frozenset({"number", "most", "majority", "minority", "share", "percentage", "proportion", "handful"})
_LAWYERS: Final = frozenset({"attorney", "attorneys", "lawyer", "lawyers", "counsel"})
# two to five capitals that are titles or their abbreviations, not bodies ("AG": the attorney general)
_NOT_BODIES: Final = frozenset({"AG", "DA", "CEO", "GOP", "MP", "MEP", "II", "III", "IV", "OK", "TV", "PM"})
_NAME_WORDS: Final = 4
_WINDOW: Final = 2500  # tokens either side of a phrase that a look through the article reads (bounded: linear in the text)
_JOINING: Final = frozenset({"the", "of", "for", "and", "to", "on", "in", "&"})
# heads of bodies' names missing from the organisation heads ("Conference", "Chamber", "Program")
_BODY_WORDS: Final = frozenset({"conference", "chamber", "program", "project", "institute", "foundation", "society",
                                "association", "coalition", "alliance", "league", "network", "fund", "council",
                                "union", "federation", "caucus", "center", "centre", "committee", "campaign",
                                "partnership", "initiative", "forum", "board", "commission", "bureau", "office"})


def kind_by_head(facts: DocFacts, first: int, stop: int, found: tuple[str, str, str],
                 lists: WordLists) -> tuple[str, str, str] | None:
    """The kind (kind, name, key) a second look gives the speaker ``[first, stop)`` read as ``found`` (see the
    module's docstring), or None where the reading stands."""
    kind = found[0]
    if kind in ("organization", "person", "anonymous") and call_sign_station(facts.doc, first, stop, lists):
        return "outlet", found[1], found[1].lower()  # "WFAA reported", "member station WFPL": a station
    if kind == "anonymous" and body_named_again(facts, first, stop):
        return "organization", found[1], found[2]  # "The panel" after "the Senate Appropriations Committee"
    if kind == "anonymous" and (epithet := epithet_body(facts, first, stop, lists)) is not None:
        return epithet  # "The social media platform" after "Twitter denied"
    if kind == "organization" and (surname := surname_read_as_body(facts, first, stop, lists)) is not None:
        return "person", surname, person_key(surname)  # "Hill accused Thomas" after "Anita Hill"
    named = _name_after(facts, stop, lists)
    if named is not None:
        return "person", named, person_key(named)  # "[DNC] member Boyd Brown", "[Obama deputy campaign] manager ..."
    if kind == "anonymous" and _candidates_campaign(facts, first, stop):
        return "organization", found[1], found[2]
    if kind == "person" and (_lone_acronym(facts, first, stop) or _one_word_body(facts, first, stop)
                             or _initials_after(facts, first, stop)):
        return "organization", found[1], found[1].lower().removeprefix("the ")
    if kind == "person" and _unnamed_of_named(facts, first, stop, lists):
        return "anonymous", found[1], found[2]
    if kind == "person" and _body_named_before_preposition(facts, first, stop, lists):
        return "organization", found[1], found[1].lower().removeprefix("the ")
    if kind == "organization":
        surname = _surname_of_body(facts, first, stop, lists)
        if surname is not None:
            return "person", surname, person_key(surname)
        of_a_body = person_of_a_body(facts.doc, first, stop, lists)
        if of_a_body is not None:
            return of_a_body  # "the Rev. Jane Roe of the Grace Church", "Sen. Mike Lee of Utah"
        if _amount_of_people(facts, first, stop) or _owners_lawyer(facts, first, stop) \
                or _people_at_a_place(facts, first, stop):
            return "anonymous", found[1], found[2]
    return None


# pronouns of people that head a phrase before a preposition ("those on the ground in Iowa", "some in the
# party"; session 33): unnamed people, whatever place or body follows
_PEOPLE_PRONOUNS: Final = frozenset({"those", "some", "many", "others", "most", "few"})
_PLACE_PREPOSITIONS: Final = frozenset({"on", "in", "at", "inside", "outside", "across", "within", "against"})


def _people_at_a_place(facts: DocFacts, first: int, stop: int) -> bool:
    """Is the phrase a pronoun of people before a preposition ("those on the ground in Iowa") read as a body?"""
    doc = facts.doc
    return stop - first >= 3 and doc.norms[first] in _PEOPLE_PRONOUNS and doc.norms[first + 1] in _PLACE_PREPOSITIONS


def _candidates_campaign(facts: DocFacts, first: int, stop: int) -> bool:
    """Is the phrase a candidate's campaign with no name in it ("the campaign", "his campaign", "The
    president's re-election campaign"), and not the object of a preposition ("around the campaign")?"""
    doc = facts.doc
    words = [t for t in range(first, stop) if doc.is_word[t]]
    if len(words) < 2 or len(words) > 4 or doc.norms[words[-1]] not in _CAMPAIGNS:
        return False
    if first > 0 and doc.norms[first - 1] in _PREPOSITIONS:
        return False
    if stop < len(doc.tokens) and doc.is_word[stop] and not is_cap(doc.tokens[stop]) \
            and doc.norms[stop] in _TITLE_AFTER:
        return False  # "the campaign manager": a person of the campaign
    opener = doc.norms[words[0]]
    if opener not in _OWNERS and not (opener.endswith(("'s", "’s")) and not is_cap(doc.tokens[words[0]])) \
            and not (opener == "the" and len(words) >= 3 and doc.norms[words[1]].endswith(("'s", "’s"))):
        return False
    middle = [t for t in words[1:-1] if not doc.norms[t].endswith(("'s", "’s"))]
    return all(doc.norms[t] in _CAMPAIGN_MODIFIERS for t in middle)


def _name_after(facts: DocFacts, stop: int, lists: WordLists) -> str | None:
    """The name of the person a phrase's title describes right after it ("[Obama deputy campaign] manager
    Stephanie Cutter", "[Ranking Senate Budget Committee] member Sen. Jeff Sessions"): one or two lower-case
    title words, an optional honorific, then two to four name words in the same sentence; else None."""
    doc = facts.doc
    n = len(doc.tokens)
    k = stop
    titles = 0
    while k < n and titles < 2 and doc.is_word[k] and not is_cap(doc.tokens[k]) and doc.norms[k] in _TITLE_AFTER:
        k += 1
        titles += 1
    if titles == 0 or k >= n or doc.sentence_of[k] != doc.sentence_of[stop]:
        return None
    if doc.norms[k].rstrip(".") in _HONORIFICS and is_cap(doc.tokens[k]):
        k += 1
        if k < n and doc.tokens[k] == ".":
            k += 1
    names: list[int] = []
    while k < n and len(names) < _NAME_WORDS and name_word(facts.doc, k, lists) and doc.sentence_of[k] == doc.sentence_of[stop]:
        names.append(k)
        k += 1
    if not 2 <= len(names) <= 3:
        return None
    name = doc.cut(doc.starts[names[0]], doc.ends[names[-1]])
    return name[:-2] if name.endswith(("'s", "’s")) else name


def _lone_acronym(facts: DocFacts, first: int, stop: int) -> bool:
    """Is the phrase one acronym ("ICE", "NOAA") the article never writes in title case (a transcript's
    "TRUMP" is Trump), and no speaker's label before a colon?"""
    doc = facts.doc
    if stop - first != 1:
        return False
    tok = doc.tokens[first]
    if not (2 <= len(tok) <= 5 and tok.isalpha() and tok.isupper()) or tok in _NOT_BODIES:
        return False
    if stop < len(doc.tokens) and doc.tokens[stop] == ":":
        return False  # "COHEN: ..." a transcript's speaker
    return not _written_in_title_case(facts, tok, first)


def _around(facts: DocFacts, first: int) -> tuple[Doc, range]:
    """The article's body and the token range of it around the phrase at ``first`` that a look reads (the
    body's opening where the phrase is in the headline)."""
    if facts.body is None:
        doc = facts.doc
        return doc, range(max(0, first - _WINDOW), min(len(doc.tokens), first + _WINDOW))
    body = facts.body.doc
    return body, range(0, min(len(body.tokens), 2 * _WINDOW))


def _written_in_title_case(facts: DocFacts, acronym: str, first: int) -> bool:
    """Does the article's body write the acronym's word in title case near the phrase ("Trump" beside "TRUMP")?
    (A possessive "ICE's" is still the acronym.)"""
    body, span = _around(facts, first)
    want = acronym.lower()
    for k in span:
        tok = body.tokens[k]
        if tok[:1].isupper() and tok[1:2].islower():
            plain_tok = tok[:-2] if tok.endswith(("'s", "’s")) else tok
            if plain_tok.lower() == want and not plain_tok.isupper():
                return True
    return False


def _surname_of_body(facts: DocFacts, first: int, stop: int, lists: WordLists) -> str | None:
    """The surname that opens "Malpani of Doctors Without Borders" (a person and the body they are of) where the
    article writes the word alone elsewhere, before a lower-case word ("Malpani fears", "said Malpani, who"), or after
    a first name ("Frederick Hess"); else None."""
    doc = facts.doc
    if stop - first < 3 or doc.norms[first + 1] not in ("of", "at", "from") or not name_word(facts.doc, first, lists) \
            or not is_cap(doc.tokens[first + 2]) and doc.norms[first + 2] != "the":
        return None
    word = doc.norms[first]
    if word.endswith(("'s", "’s")):
        return None
    body, span = _around(facts, first)
    for k in span:
        if k < 1 or k + 1 >= len(body.norms) or body.norms[k] != word or k == first and body is doc:
            continue
        if body.is_word[k - 1] and base_norm(body.norms[k - 1]) in first_names() and is_cap(body.tokens[k - 1]):
            return doc.tokens[first]  # "Frederick Hess of the ...": the word is a person's surname
        if body.norms[k + 1] in ("of", "at", "from") or not body.is_word[k + 1]:
            continue
        opens = body.sentences[body.sentence_of[k]].first == k
        if opens and is_cap(body.tokens[k + 1]) or not opens and body.is_word[k - 1] and is_cap(body.tokens[k - 1]):
            continue  # "Dr. Smith", "Mount Sinai": part of a longer name
        return doc.tokens[first]
    return None


def _amount_of_people(facts: DocFacts, first: int, stop: int) -> bool:
    """Is the phrase an amount ("An increasing number", "The most", "the same number", "number of Republicans")
    read as a body?"""
    doc = facts.doc
    words = [t for t in range(first, stop) if doc.is_word[t]]
    of = next((i for i, t in enumerate(words) if doc.norms[t] == "of"), None)
    if of is not None and 1 <= of <= 3 and doc.norms[words[of - 1]] in _AMOUNTS \
            and all(not is_cap(doc.tokens[t]) for t in words[1:of]):
        return True  # "A number of centrist Democrats", "the majority of Republicans"
    return 2 <= len(words) <= 4 and doc.norms[words[-1]] in _AMOUNTS \
        and all(not is_cap(doc.tokens[t]) or t == words[0] for t in words)


def _owners_lawyer(facts: DocFacts, first: int, stop: int) -> bool:
    """Is the phrase an owner's lawyer ("Stone's attorney", "Trump's lawyers"): a possessive, then the lawyer?"""
    doc = facts.doc
    words = [t for t in range(first, stop) if doc.is_word[t]]
    return len(words) == 2 and doc.norms[words[0]].endswith(("'s", "’s", "s'")) and doc.norms[words[1]] in _LAWYERS


def one_word_bodies() -> frozenset[str]:
    """Companies, pollsters and groups known by one word (``lexicons/kind_one_word_bodies.txt``): "facebook"."""
    return load_word_set("kind_one_word_bodies")


_HE_SHE: Final = frozenset({"he", "his", "him", "himself", "she", "her", "herself"})


def _one_word_body(facts: DocFacts, first: int, stop: int) -> bool:
    """Is the phrase one word of :func:`one_word_bodies` ("Facebook", "Nielsen's") that the article never writes
    after a first name ("Kirstjen Nielsen"; a capitalised word that is no first name, as a headline's "Slam
    Facebook" or a link's "Technology Facebook", gives none: readers of draw 4848 judged "Facebook told NPR"
    shown as a person wrong) nor follows with "he" or "she" in its sentence?"""
    doc = facts.doc
    if stop - first != 1 or not is_cap(doc.tokens[first]):
        return False
    word = plain(doc.tokens[first])
    if word not in one_word_bodies():
        return False
    given = first_names()
    lower = facts.name_case().lower
    body, span = _around(facts, first)
    for k in span:
        if plain(body.tokens[k]) != word:
            continue
        if k > 0 and body.is_word[k - 1] and is_cap(body.tokens[k - 1]) \
                and body.sentence_of[k - 1] == body.sentence_of[k] and (base_norm(body.norms[k - 1]) in given or base_norm(body.norms[k - 1]) not in lower
                     and body.sentences[body.sentence_of[k]].first != k - 1 and not body.tokens[k - 1].isupper()
                     and not _title_case_run(body, k + 1)):
            return False  # "Kirstjen Nielsen": her surname (not a word written in lower case, not a headline's run)
        sent_stop = body.sentences[body.sentence_of[k]].stop
        if any(body.norms[j] in _HE_SHE for j in range(k + 1, min(sent_stop, k + 7))):
            return False
    return True


def _title_case_run(doc: Doc, k: int) -> bool:
    """Does a capitalised word stand at ``k``, in the sentence of the word before it (a headline's run:
    "Critics Slam Facebook But ...", "Georgetown Students Facebook CEO ...")?"""
    return k < len(doc.tokens) and doc.is_word[k] and is_cap(doc.tokens[k]) \
        and doc.sentence_of[k] == doc.sentence_of[k - 1]


def _initials_after(facts: DocFacts, first: int, stop: int) -> bool:
    """Is a name of two or more words followed by its initials in brackets ("U.S. Customs and Border
    Protection (CBP)"): each letter the initial of one of its capitalised words, in order?"""
    doc = facts.doc
    n = len(doc.tokens)
    if stop + 2 >= n or doc.tokens[stop] != "(" or doc.tokens[stop + 2] != ")" or stop - first < 2:
        return False
    acronym = doc.tokens[stop + 1]
    if not (2 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper()):
        return False
    initials = "".join(doc.tokens[t][0] for t in range(first, stop) if doc.is_word[t] and is_cap(doc.tokens[t]))
    i = 0
    for c in initials:
        if i < len(acronym) and c == acronym[i]:
            i += 1
    return i == len(acronym)


_OPENERS: Final = frozenset({"a", "an", "the", "one", "two", "three", "some", "several", "other", "another", "many"})
# party words a person is called by ("a well-known Democrat backing Biden": one unnamed person)
_PARTY_PEOPLE: Final = frozenset({"democrat", "republican"})
_OF_PREPOSITIONS: Final = frozenset({"to", "for", "of", "with", "at", "from", "backing", "supporting"})
# a department an office is of ("the secretary of state"): the office holder, left to its own rules
_OFFICE_DEPARTMENTS: Final = frozenset({"state", "defense", "staff", "homeland", "labor", "energy", "commerce",
                                        "education", "transportation", "agriculture", "treasury", "health"})


def _unnamed_of_named(facts: DocFacts, first: int, stop: int, lists: WordLists) -> bool:
    """Is the phrase an unnamed person or people of a named one or a body ("a former senior adviser to McCain",
    "advisers to Biden and Buttigieg", "The owner of Dollar Rental Cars")?"""
    doc = facts.doc
    words = [t for t in range(first, stop) if doc.is_word[t]]
    prep = next((i for i, t in enumerate(words) if doc.norms[t] in _OF_PREPOSITIONS), None)
    if prep is None or prep == 0 or prep > 4 or prep + 1 >= len(words):
        return False
    if any(is_cap(doc.tokens[t]) and (i > 0 or doc.norms[t] not in _OPENERS)
           and not (i > 0 and doc.norms[words[0]] in ("a", "an") and base_norm(doc.norms[t]) in _PARTY_PEOPLE)
           for i, t in enumerate(words[:prep])):
        return False  # "the Committee to Protect Journalists": a body's name ("a Democrat backing ..." is a person)
    head = base_norm(doc.norms[words[prep - 1]])
    # (a crowd, "The students for Bernie Sanders", is left as it is: its name is what a later "she" stands for)
    if not (head in lists.titles or head in lists.person_nouns or head in lists.vague
            or doc.norms[words[prep - 1]] in person_heads()) or head in lists.groups:
        return False
    after = words[prep + 1]
    if not is_cap(doc.tokens[after]) and not (doc.norms[after] == "the" and prep + 2 < len(words)
                                              and is_cap(doc.tokens[words[prep + 2]])):
        return False  # "the secretary of state": an office, left to its own rules
    if doc.norms[after] in _OFFICE_DEPARTMENTS:
        return False
    names = 0
    while names < 3 and names < len(words) - prep - 2 and name_word(facts.doc, words[-1 - names], lists):
        names += 1
    before = words[-1 - names]
    # "counsel at CBS Hayley Geftman-Gold": a name right after the body, untitled, is the speaker
    body_word = doc.tokens[before].isupper() and len(doc.tokens[before]) >= 2 \
        or base_norm(doc.norms[before]) in lists.org_heads or base_norm(doc.norms[before]) in lists.outlets
    return not (names >= 2 and body_word)


def _body_named_before_preposition(facts: DocFacts, first: int, stop: int, lists: WordLists) -> bool:
    """Is the phrase "the" and a body's capitalised name whose head stands before "of", "for" or "to" ("the
    Committee to Protect Journalists", "The San Ysidro Chamber of Commerce"), or "the office of" someone, with
    no title before the preposition ("the Secretary of State" is a person)?"""
    doc = facts.doc
    words = [t for t in range(first, stop) if doc.is_word[t]]
    if len(words) < 4 or doc.norms[words[0]] != "the":
        return False
    prep = next((i for i, t in enumerate(words) if doc.norms[t] in ("of", "for", "to")), None)
    if prep is None or prep < 2 or prep + 1 >= len(words):
        return False
    head = words[prep - 1]
    if any(doc.norms[t].endswith(("'s", "’s")) or not is_cap(doc.tokens[t]) and doc.norms[t] not in _JOINING
           for t in words[prep + 1:]):
        return False  # "The HHS Office for Civil Rights's director": the person of the body
    if doc.norms[head] == "office" and prep == 2:
        return True  # "the office of House Speaker John Boehner"
    if not all(is_cap(doc.tokens[t]) for t in words[1:prep]):
        return False
    if any(base_norm(doc.norms[t]) in lists.titles for t in words[1:prep]):
        return False  # "the Secretary of State", "the Chairman of the Joint Chiefs"
    return base_norm(doc.norms[head]) in lists.org_heads or base_norm(doc.norms[head]) in _BODY_WORDS
