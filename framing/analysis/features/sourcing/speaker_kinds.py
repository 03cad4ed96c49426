"""Second looks at a speaker's kind, where the first reading of its noun phrase (:mod:`.speakers`) is misled.

- A named person joined to a crowd ("McConnell and House Republicans indicated") is no vague source: the
  named person leads (as "Pelosi and Hoyer said" is shown by one name); nor is one joined to "his" people
  ("McCabe and his cabal": no body; readers of draw 4848 judged it shown as an organisation wrong).
- A plural word for people before "for", "of", "at" ("Consultants for Comcast", "Members of the House Freedom
  Caucus") is unnamed people, not a person's name; so is such a plural opening its sentence ("Insurers
  also objected"; :mod:`.kind_opening_crowds`).
- A surname before its body ("Johnson of the Highway Patrol") is the person, once the article named him.
- A crowd of a body ("members of Congress") is unnamed people, not the body; a body's name with a head that is
  also a title's word ("The Democratic Party of Virginia", "the Joint Chiefs of Staff") is the body.
- A US state alone ("Nevada sued") is its government, an organisation, not a person's surname; so are a city
  or several places joined ("Chicago reported", "New York City and Los Angeles argue";
  :mod:`.kind_place_bodies`).
- A one-word outlet that is also a surname ("Bloomberg") is the person where the article names him
  ("Mike Bloomberg, the billionaire ...") or speaks of him as he ("Bloomberg changed his mind").
- Second looks at phrases read as organisations (:mod:`.described_kinds`): a person described by a title
  or a party ("the chief justice", "Democrat on the House Budget Committee") or a crowd is unnamed people; a
  common noun capitalised only where it opens its sentence ("Hacked emails") is no name; "the wire service"
  is an outlet; a first name before a place-like surname ("Police Chief Chuck Jordan") is a person. A
  possessive is no part of an organisation's name ("the White House's vow" is the White House).
- An unnamed-looking phrase the article names (:mod:`.kind_named_elsewhere`): "King" after "Rep. Peter King",
  "Their lawyer, Stilz, said" are persons. A name after a lower-case outlet noun ("blog Timberleaks", "the
  South Korean newspaper Donga Ilbo") is an outlet, as is "the university's newspaper". "The fan" after 'a fan
  named "John Ray"' is that person (:mod:`.kind_introduced_names`), as is "the high school senior" right after
  "Zoe Cole" (:mod:`.kind_epithet_people`).
- People read as a body (:mod:`.kind_people_as_bodies`): "the secretary of state" is a person, "the coup
  leaders" and "The right" unnamed.
- An outlet's name and a place (:mod:`.kind_outlet_names`): "CBS Boston" is the outlet's station, no person;
  "CNN and Time" are outlets; "Mike Allen of Axios" is the person.
- A body's name shortened to its first word (:mod:`.kind_short_body_names`): "Kaiser points out" after "the
  Kaiser Family Foundation" is the organisation.
- "the" and a capitalised name no person bears (:mod:`.kind_definite_names`): "the American Legion" a body,
  "the Columbia Journalism Review" an outlet, "The Nazis" unnamed people.
- The words around the phrase (:mod:`.kind_appositives`): "Jane Roe, Ohio Democrat, who" is Jane Roe, "The
  Beat, a newspaper in Dayton," an outlet, "a mutual friend, real estate investor Tom Barrack, said" Tom Barrack
  (:mod:`.kind_apposed_names`), "The FBI chief" after "... Smith responded." is Smith, "The family
  of Jane Roe" and "Poorer nations" unnamed people.
- A titled phrase that ends in a given name and a surname ("GOP Rapid Response Director Steve Guest", "Acting
  Secretary of Homeland Security Chad Wolf") is that person (:mod:`.kind_titled_full_names`).
"""
from __future__ import annotations

from typing import Final

from .aliases import person_key, plain
from .facts import DocFacts, base_norm
from .grammar import WordLists, is_cap, name_word
from .described_kinds import outlet_before_its_name, second_look_at_organization, without_possessive
from .kind_apposed_names import apposed_name
from .kind_appositives import kind_from_context
from .kind_definite_names import definite_name_kind
from .kind_epithet_people import epithet_of_named
from .kind_head_words import kind_by_head
from .kind_name_shapes import bodies_joined, body_by_name_shape, person_by_name_shape
from .kind_name_spellings import coded_body_name, coined_body_name, named_group_or_poll, outlet_spelling
from .kind_introduced_names import introduced_by_name
from .kind_named_elsewhere import named_elsewhere
from .kind_opening_crowds import opening_crowd
from .kind_outlet_names import joined_outlets, ordinary_word_outlet, outlet_with_place, person_of_outlet
from .kind_place_bodies import places_only
from .kind_people_as_bodies import body_before_its_name, people_read_as_body
from .kind_short_body_names import short_body_name
from .kind_titled_full_names import titled_full_name
from .kind_unnamed_people import crowd_before_preposition, named_person, people_read_as_organization
from .non_speaker_spans import us_state_only

# honorifics and abbreviated titles before a name ("Sen. McConnell and ..."), as in :mod:`.speakers`
_BEFORE_A_NAME: Final = frozenset({"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "president", "senator",
                                   "speaker", "leader", "."})
_HE: Final = frozenset({"he", "his", "him", "himself"})
_ROMAN: Final = frozenset({"II", "III", "IV", "VI", "VII", "VIII"})  # "Alex M. Azar II": a name's numeral
_CROWD_LINKS: Final = frozenset({"of", "from", "with", "at"})
# people who speak for a body ("Officials from the Environmental Protection Agency"): unnamed, as readers judge
_STAFF: Final = frozenset({"officials", "members", "aides", "staffers", "representatives", "employees", "lawyers",
                           "attorneys", "spokespeople", "leaders", "investigators", "researchers", "experts"})
_PERSON_ACRONYMS: Final = frozenset({"AG", "CEO", "MP", "MEP", "PM"})  # "N.Y. AG": a title of one person


def refine_kind(facts: DocFacts, first: int, stop: int, found: tuple[str, str, str],
                lists: WordLists) -> tuple[str, str, str]:
    """``found`` (kind, display name, key) of the noun phrase ``[first, stop)``, or the kind a second look
    gives it (see the module's docstring), then a look at its head word (:mod:`.kind_head_words`)."""
    refined = _refine_kind(facts, first, stop, found, lists)
    by_head = kind_by_head(facts, first, stop, refined, lists)
    return refined if by_head is None else by_head


def _refine_kind(facts: DocFacts, first: int, stop: int, found: tuple[str, str, str],
                 lists: WordLists) -> tuple[str, str, str]:
    found = without_possessive(facts.doc, stop, found)  # "the White House's vow": the White House
    in_context = kind_from_context(facts, first, stop, found, lists)
    if in_context is not None:
        return in_context  # "Sen. Kay R. Hagan, North Carolina Democrat, who", "The Beat, a newspaper in ..."
    kind = found[0]
    doc = facts.doc
    if kind == "anonymous":
        in_apposition = named_person(facts, first, stop, lists)
        if in_apposition is not None:
            return in_apposition  # "The woman, identified as Jane Roe,"
        apposed = apposed_name(facts, first, stop, lists)
        if apposed is not None:
            return "person", apposed, person_key(apposed)  # "a mutual friend, real estate investor Tom Barrack, said"
        shaped = person_by_name_shape(facts, first, stop, lists)
        if shaped is not None:
            return "person", shaped, person_key(shaped)  # "Natalie Dean": a surname that is also a title
        if bodies_joined(facts, first, stop, lists):
            return "organization", found[1], found[2]  # "the Open Technology Institute and Public Knowledge"
        named = _person_before_and(facts, first, stop, lists) or _name_after_title(facts, first, stop, lists) \
            or titled_full_name(facts, first, stop, lists)  # "GOP Rapid Response Director Steve Guest"
        if named is not None:
            return "person", named, person_key(named)
        elsewhere = named_elsewhere(facts, first, stop, lists) or introduced_by_name(facts, first, stop, lists) \
            or epithet_of_named(facts, first, stop, lists)
        if elsewhere is not None:
            return elsewhere  # "King" after "Rep. Peter King", "the fan" after 'a fan named "John Ray"'
        if _body_named_before_of(doc, first, stop, lists):
            return "organization", found[1], found[2]  # "The Democratic Party of Virginia"
    elif kind == "person" and opening_crowd(facts, first, stop):
        return "anonymous", found[1], found[1].lower()  # "Insurers also objected": a crowd, no surname
    elif kind == "person" and crowd_before_preposition(facts, first, stop, lists):
        # "Consultants for Comcast", "Members of the House Freedom Caucus": shown as the crowd, never as the name in it
        crowd = doc.cut(doc.starts[first], doc.ends[stop - 1])
        crowd = crowd[4:] if crowd.lower().startswith("the ") else crowd
        return "anonymous", crowd, crowd.lower()
    elif kind == "person" and body_by_name_shape(facts, first, stop, lists):
        return "organization", found[1], found[1].lower().removeprefix("the ")  # "the Center for Public Integrity"
    elif kind == "person" and outlet_spelling(facts, first, stop, lists):
        return "outlet", found[1], found[1].lower().removeprefix("the ")  # "USAToday", "ABC13", "The Portland Mercury"
    elif kind == "person" and (outlet_with_place(facts, first, stop, lists)
                               or joined_outlets(facts, first, stop, lists)):
        return "outlet", found[1], found[1].lower().removeprefix("the ")  # "CBS Boston reports"
    elif kind == "person" and (coined_body_name(facts, first, stop, lists) or coded_body_name(facts, first, stop)
                               or named_group_or_poll(facts, first, stop, lists)):
        return "organization", found[1], found[1].lower().removeprefix("the ")  # "FreedomWorks", "Taxpayers for ..."
    elif kind == "person" and outlet_before_its_name(doc, first, stop) is not None:
        return "outlet", found[1], found[1].lower().removeprefix("the ")  # "blog Timberleaks"
    elif kind == "person" and (shortened := short_body_name(facts, first, stop, lists)) is not None:
        return shortened, found[1], found[1].lower()  # "Kaiser points out" after "the Kaiser Family Foundation"
    elif kind == "person" and body_before_its_name(facts, first, stop):
        return "organization", found[1], found[1].lower().removeprefix("the ")  # "firm Bain Capital"
    elif kind == "person" and _acronym_last(facts, first, stop):
        return "organization", found[1], found[1].lower().removeprefix("the ")
    elif kind == "person" and (us_state_only(doc, first, stop) or places_only(facts, first, stop)):
        # "Nevada sued", "Chicago reported", "New York City and Los Angeles argue": their governments
        return "organization", found[1], found[1].lower().removeprefix("the ")
    elif kind == "person" and (definite := definite_name_kind(facts, first, stop, lists)) is not None:
        # "the American Legion", "the Columbia Journalism Review", "The Nazis": no person's name takes "the"
        return definite, found[1], found[1].lower().removeprefix("the ")
    elif kind in ("organization", "person") and ordinary_word_outlet(facts, first, stop):
        return "outlet", found[1], found[1].lower().removeprefix("the ")  # "The Hill reported", "Slate wrote"
    elif kind == "organization" and doc.tokens[stop - 1] in _PERSON_ACRONYMS and 2 <= stop - first <= 4:
        return "person", found[1], person_key(found[1])  # "N.Y. AG", "the company's CEO": one office holder
    elif kind == "organization":
        led = _person_before_and(facts, first, stop, lists) if _and_his_people(doc, first, stop) else None
        if led is not None:
            return "person", led, person_key(led)  # "McCabe and his cabal": the named person leads, no body
        shaped = person_by_name_shape(facts, first, stop, lists)
        if shaped is not None:
            return "person", shaped, person_key(shaped)  # "Alan Cross" (beside "the Red Cross")
        named = _surname_of_a_body(facts, first, stop, lists)
        if named is not None:
            return "person", named, person_key(named)
        if _crowd_of_a_body(doc, first, stop, lists):
            return "anonymous", found[1], found[2]
        people = people_read_as_body(facts, first, stop, lists)
        if people is not None:
            return people, found[1], found[2]  # "The secretary of state", "the coup leaders", "The right"
        elsewhere = named_elsewhere(facts, first, stop, lists) or introduced_by_name(facts, first, stop, lists)
        if elsewhere is not None:
            return elsewhere  # "Its editor-in-chief, Ben Smith, published", "the fan" after 'a fan named ...'
        if people_read_as_organization(facts, first, stop, lists):
            return "anonymous", found[1], found[2]  # "An attorney for the Trump Foundation", "the Sanders supporter"
        return second_look_at_organization(facts, first, stop, found, lists)
    elif kind == "outlet" and (of_outlet := person_of_outlet(facts, first, stop)) is not None:
        return "person", of_outlet, person_key(of_outlet)  # "Mike Allen of Axios": the person, not the outlet
    elif kind == "outlet" and (stop - first == 1 or _and_his_people(doc, first, stop)) \
            and not doc.tokens[first].isupper() and _named_as_a_person(facts, first, lists):
        name = doc.tokens[first]
        name = name[:-2] if name.endswith(("'s", "’s")) else name
        return "person", name, person_key(name)
    return found


def _person_before_and(facts: DocFacts, first: int, stop: int, lists: WordLists) -> str | None:
    """The person's name that opens a phrase of joined sources before "and" ("McConnell and House
    Republicans", "Sen. Mitch McConnell and his caucus"): one to three name words after an optional
    title; else None."""
    doc = facts.doc
    and_at = next((t for t in range(first + 1, stop) if doc.norms[t] == "and"), None)
    if and_at is None:
        return None
    a = first
    while a < and_at and (base_norm(doc.norms[a]) in _BEFORE_A_NAME or base_norm(doc.norms[a]) in lists.titles):
        a += 1
    words = list(range(a, and_at))
    if not 1 <= len(words) <= 3 or not all(name_word(doc, t, lists) for t in words):
        return None
    names = facts.name_case()
    word = base_norm(doc.norms[a])
    if len(words) == 1 and (word in names.lower or word[:-1] in names.lower or word not in names.inside):
        return None  # a word the article writes in lower case or never capitalises inside a sentence: no name
    return doc.cut(doc.starts[words[0]], doc.ends[words[-1]])


def _name_after_title(facts: DocFacts, first: int, stop: int, lists: WordLists) -> str | None:
    """The person's name that ends a titled phrase read as unnamed ("Secretary of State Rex W. Tillerson",
    "Maine Sen. Angus King", "Former Vermont Gov. Howard Dean": a title word before "of", an initial or a
    name that is also a title hid it): right after a title or honorific, two or more name words (initials
    between them), or one surname the article wrote after a first name before. Else None."""
    doc = facts.doc
    t = stop - 1
    if not doc.is_word[t] or not is_cap(doc.tokens[t]) or doc.tokens[t].isupper() \
            or base_norm(doc.norms[t]) in lists.groups or base_norm(doc.norms[t]) in lists.org_heads \
            or base_norm(doc.norms[t]) in lists.places or base_norm(doc.norms[t]) in lists.demonyms \
            or base_norm(doc.norms[t]) in lists.person_nouns or base_norm(doc.norms[t]) in lists.vague \
            or base_norm(doc.norms[t]) in lists.not_names:
        return None  # "a New Hampshire Republican", "the Joint Chiefs of Staff": nobody named
    names = [t]
    k = t - 1
    while k > first:
        tok = doc.tokens[k]
        if tok == "." and len(doc.tokens[k - 1]) == 1 and doc.tokens[k - 1].isupper():
            k -= 2  # an initial: "Rex W. Tillerson"
            continue
        if name_word(doc, k, lists) and base_norm(doc.norms[k]) not in lists.demonyms:
            names.append(k)
            k -= 1
            continue
        break
    if k < first or not _titled_before(doc, k, lists):
        return None  # nothing right before the name that titles it ("the Affordable Clean Energy", "The Majority Leader")
    if any(doc.norms[j] == "of" and base_norm(doc.norms[j - 1]) not in lists.titles for j in range(first + 1, k + 1)):
        return None  # "25 percent of Baby Boomers", "critics of Omar": who is of them, not the name
    if len(names) == 1:
        if base_norm(doc.norms[t]) in lists.titles:
            return None  # "The Majority Leader": a title alone
        at = facts.surnames().full_name.get(plain(doc.tokens[t]), t)
        return doc.tokens[t] if at < t else None
    return doc.cut(doc.starts[names[-1]], doc.ends[t])


def _titled_before(doc, k: int, lists: WordLists) -> bool:
    """Is the token at ``k`` (or the word before its period) a title or an honorific ("Secretary", "Gov.")?"""
    if k >= 1 and doc.tokens[k] == ".":
        k -= 1
    if doc.norms[k] in ("of", "the", "and", "for", "at", "a", "an", "in", "to", "on"):
        return False  # (words of multiword titles: "chief of staff")
    return base_norm(doc.norms[k]) in lists.titles or base_norm(doc.norms[k]) in _BEFORE_A_NAME \
        or base_norm(doc.norms[k]) in ("state", "staff", "mission")


def _acronym_last(facts: DocFacts, first: int, stop: int) -> bool:
    """Does a phrase read as a person's name end in an acronym the article never writes in title case, after
    another word ("House GOP", "Colorado RNC", "Cruz PAC"): a body, not a surname?"""
    doc = facts.doc
    tok = doc.tokens[stop - 1].replace(".", "")
    return stop - first >= 2 and tok.isalpha() and tok.isupper() and 2 <= len(tok) <= 5 and tok not in _ROMAN \
        and tok not in _PERSON_ACRONYMS \
        and base_norm(doc.norms[stop - 1]) not in facts.name_case().title_case and doc.is_word[stop - 2]


def _body_named_before_of(doc, first: int, stop: int, lists: WordLists) -> bool:
    """Is the phrase a body's capitalised name whose head before "of" is a body word ("The Democratic Party of
    Virginia", "The South Korean Joint Chiefs of Staff"), read as unnamed because the head is also a title's
    word ("party chairman", "chiefs")? Not a titled person ("Chairman of the Joint Chiefs of Staff")."""
    of = next((t for t in range(first + 1, stop) if doc.norms[t] == "of"), None)
    if of is None or not all(is_cap(doc.tokens[t]) or doc.norms[t] in ("the", "of", "and") or not doc.is_word[t]
                             for t in range(first, stop)):
        return False
    head = base_norm(doc.norms[of - 1])
    return head == "party" or head == "chiefs" and doc.norms[of - 2] == "joint"


def _crowd_of_a_body(doc, first: int, stop: int, lists: WordLists) -> bool:
    """Is the phrase a crowd of a body ("members of Congress", "Democratic members of the committee"): a
    plural crowd word before its first "of", unnamed people, not the body?"""
    of = next((t for t in range(first + 1, stop) if doc.norms[t] == "of"), None) \
        or next((t for t in range(first + 1, min(stop, first + 4)) if doc.norms[t] in _CROWD_LINKS), None)
    if of is None or doc.norms[of - 1] not in lists.groups and doc.norms[of - 1] not in _STAFF:
        return False
    if doc.norms[of] != "of" and doc.norms[of - 1] not in _STAFF:
        return False  # "Democrats for Trump", "Doctors Without Borders": a group's name
    sent = doc.sentences[doc.sentence_of[of - 1]]
    opens = of - 1 == first and next((k for k in range(sent.first, first + 1) if doc.is_word[k]), first) == first
    return not is_cap(doc.tokens[of - 1]) or (opens or not doc.tokens[of - 1].isupper() and of - 1 == first) \
        and doc.norms[of - 1] in _STAFF  # "Officials from the EPA" (after a dateline, too)


def _surname_of_a_body(facts: DocFacts, first: int, stop: int, lists: WordLists) -> str | None:
    """The surname that opens "Johnson of the Highway Patrol", "Smith of the Heritage Foundation" (a person and
    the body they are of), when the article wrote it after a first name before; else None."""
    doc = facts.doc
    if stop - first < 3 or doc.norms[first + 1] not in ("of", "at", "from") or not name_word(doc, first, lists):
        return None
    at = facts.surnames().full_name.get(plain(doc.tokens[first]), first)
    return doc.tokens[first] if at < first else None


def _and_his_people(doc, first: int, stop: int) -> bool:
    """Is the phrase one word and "his"/"her" people ("Bloomberg and his advisors"): the first word a person's?"""
    return stop - first in (4, 5) and doc.norms[first + 1] == "and" and doc.norms[first + 2] in ("his", "her")


def _named_as_a_person(facts: DocFacts, t: int, lists: WordLists) -> bool:
    """Is the one-word outlet at ``t`` ("Bloomberg") a person of the article: does the article write a first
    name before the word anywhere ("Mike Bloomberg"), or, twice or more, "he", "his" or "him" soon after it in
    its sentence ("Bloomberg changed his mind")?"""
    doc = facts.doc
    word = base_norm(doc.norms[t])
    he_after = 0
    for d in [doc if facts.body is None else facts.body.doc]:  # the body: a headline capitalises every word
        norms = d.norms
        for k in range(len(norms)):
            if base_norm(norms[k]) != word or not is_cap(d.tokens[k]):
                continue
            if k > 0 and name_word(d, k - 1, lists) and base_norm(norms[k - 1]) not in lists.outlet_heads \
                    and d.sentence_of[k - 1] == d.sentence_of[k] and not norms[k - 1].endswith("'s"):
                return True
            sent_stop = d.sentences[d.sentence_of[k]].stop
            if any(norms[j] in _HE for j in range(k + 1, min(sent_stop, k + 7))):
                he_after += 1
    return he_after >= 2
