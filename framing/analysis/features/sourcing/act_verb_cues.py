"""Report verbs used of a deed, not words (curated by reading the AllSides dev corpus, readers' judgments of
the tenth pass, draws 2121 and 2222): something added to a thing ("adding transparency for students", "added
the Pentagon to the list", "adding to the risk", "added 4,000 deaths to its count"), a post with no words
reported ("posted the tweet along with a video", "posted it on its site"), a physical attack ("attacked the
U.S. Embassy", "the Russians who attacked the 2016 election"), documents withheld ("refuses to release even
redacted versions of them"), a pledge made by a document ("a budget agreement pledging to add billions") and a
thing asked for ("the relief he has asked for.").
"He added that ...", "“...,” added a Florida Democrat", "He added it was disheartening", "added a warning
shot: ...", "posted a tweet referring to her as a joker", "posted to Twitter", "attacked the media for
covering it", "Trump pledged to protect the program" and "asked for comment" stay cues: they report what a
source said or holds. :func:`.cues.acting_cue` sets these aside (through ``sense_cues``) with the verbs of
acting, so that ``framing evaluate`` scores them by PolNeAR's definition."""
from __future__ import annotations

from typing import Final

from ...text import Doc
from ..lexical import QUOTE_MARKS

# what ends the search: a clause, a quotation or a colon follows, the words are reported
_STOPS: Final = frozenset({"that", "whether", ",", ";", ":", "—", "–", "as", "saying", "says", "said", "and",
                           "but"})
_AUX: Final = frozenset({"is", "are", "was", "were", "be", "been", "would", "will", "could", "can", "had", "has",
                         "have", "should", "must", "might", "may", "did", "does", "do", "wo", "n't"})

_ADD: Final = frozenset({"add", "adds", "added", "adding"})
# what opens the thing added ("added a repeal", "adding these voters", "added nearly 4,000")
_OBJECT_OPENERS: Final = frozenset({"a", "an", "the", "some", "another", "these", "those", "this", "his", "her",
                                    "its", "their", "our", "more", "still", "nearly", "about", "almost", "new",
                                    "several", "many", "dozens", "hundreds", "thousands", "millions", "billions"})
# what opens an adverbial, not an object ("added in a statement to reporters", "added later")
_NOT_OBJECTS: Final = frozenset({"in", "on", "at", "during", "later", "also", "with", "via", "after", "before", "when",
                                 "while", "then", "today", "yesterday", "again", "too", "here", "there", "of", "by",
                                 "afterward", "afterwards", "recently", "quickly", "he", "she", "they", "it", "we",
                                 "i", "you", "what", "how", "why", "if", "not", "only", "just", "even", "so"})
# gerunds after "added" that open an adverbial or a report ("added speaking to reporters", "added, citing")
_GERUNDS: Final = frozenset({"speaking", "during", "according", "citing", "noting", "saying", "referring", "pointing",
                             "writing", "telling", "including", "adding", "arguing", "explaining"})
# tokens from "added" to where the thing goes: "added the job of Capitol Hill confidence builder to his
# portfolio" (readers wrong 1 of 1 in draw 6969-7070: the "to" stood eight tokens on)
_ADDED_REACH: Final = 10
_WHERE_ADDED: Final = frozenset({"to", "for", "from", "onto", "into"})
_LISTENERS: Final = frozenset({"reporters", "journalists", "him", "her", "them", "me", "us", "you", "lawmakers"})

_POST: Final = frozenset({"post", "posts", "posted", "posting", "retweet", "retweets", "retweeted", "retweeting"})
# what is posted when no words are reported with it
_POSTED_THINGS: Final = frozenset({"tweet", "tweets", "video", "videos", "photo", "photos", "picture", "pictures",
                                   "image", "images", "footage", "clip", "clips", "it", "them", "link", "links",
                                   "tutorial", "stories", "bail", "bond", "gains", "losses", "record"})

# a verb that opens the next clause after "and" ("posted the photo and said ...")
_NEXT_DEED: Final = frozenset({"said", "says", "wrote", "writes", "added", "tweeted", "then", "later"})

_ATTACK: Final = frozenset({"attack", "attacks", "attacked", "attacking"})
_ATTACKED_PLACES: Final = frozenset({"embassy", "embassies", "consulate", "base", "bases", "compound", "building",
                                     "buildings", "village", "villages", "ship", "ships", "tanker", "tankers",
                                     "convoy", "convoys", "troops", "soldiers", "police", "officers", "station",
                                     "camp", "camps", "facility", "facilities", "church", "mosque", "synagogue",
                                     "hospital", "capitol", "election", "elections", "grid", "plant", "plants",
                                     "checkpoint", "airport", "pipeline", "positions", "stores"})

_REFUSE: Final = frozenset({"refuse", "refuses", "refused", "refusing", "decline", "declines", "declined",
                            "declining"})
# documents withheld: refusing to release them is a deed ("refused to release his college transcripts")
_RECORDS: Final = frozenset({"transcripts", "versions", "records", "returns", "documents", "emails", "messages",
                             "tapes", "video", "videos", "footage", "memo", "memos", "files", "report", "reports",
                             "papers", "recordings", "photos", "funds", "money", "aid", "prisoners", "detainees",
                             "hostages"})

_PLEDGE: Final = frozenset({"pledge", "pledges", "pledged", "pledging"})
_DOCUMENTS: Final = frozenset({"agreement", "agreements", "deal", "bill", "budget", "plan", "law", "measure",
                               "resolution", "legislation", "package", "accord", "treaty", "contract", "order"})


def _stop_at(doc: Doc, j: int) -> bool:
    return doc.norms[j] in _STOPS or doc.tokens[j] in _STOPS or doc.tokens[j] in QUOTE_MARKS


def _quote_before(doc: Doc, k: int) -> bool:
    """A quotation or a colon just before the verb ('“...,” added a Florida Democrat')."""
    return any(doc.tokens[j] in QUOTE_MARKS or doc.tokens[j] == ":" for j in range(max(0, k - 2), k))


def _thing_added(doc: Doc, k: int) -> bool:
    """"adding transparency for students", "added the Pentagon to the list", "adding to the risk", "adding
    substantially to the cost", "added nearly 4,000 deaths to its count": something put on or into a thing;
    not "added that", "added in a statement", "added the IRS is not managed well" (a clause)."""
    norms, tokens = doc.norms, doc.tokens
    n = min(len(norms), doc.sentences[doc.sentence_of[k]].stop)
    if k + 1 >= n or _quote_before(doc, k) or not doc.is_word[k + 1] or _stop_at(doc, k + 1):
        return False
    first = norms[k + 1]
    if first == "to" or first.endswith("ly") and k + 2 < n and norms[k + 2] == "to":
        j = k + 2 if first == "to" else k + 3
        return j < n and doc.is_word[j] and norms[j] not in _LISTENERS and not tokens[j][:1].isupper()
    if tokens[k + 1][:1].isdigit() or tokens[k + 1] == "$":
        return True  # "added 200,000 jobs"
    if first not in _OBJECT_OPENERS and (tokens[k + 1][:1].isupper() or first.endswith("ly") or first in _GERUNDS
                                         or first in _NOT_OBJECTS):
        return False  # "added Pete Buttigieg", "added later", "added speaking to reporters"
    for j in range(k + 2, min(n, k + _ADDED_REACH)):
        if _stop_at(doc, j) or norms[j] in _AUX:
            return False
        if norms[j] in _WHERE_ADDED:
            return True
        if tokens[j][:1].isdigit() and norms[k + 1] in _OBJECT_OPENERS:
            return True  # "adding a robust 275,000 new jobs"
    return False


def _post_without_words(doc: Doc, k: int) -> bool:
    """"posted the tweet along with a video", "posted it on its site", "posted a photo of the dog": a thing put
    online, no words reported; not "posted a tweet referring to her as a joker", "posted to Twitter", "posted
    this: ..."."""
    norms, tokens = doc.norms, doc.tokens
    n = min(len(norms), doc.sentences[doc.sentence_of[k]].stop)
    found = False
    for j in range(k + 1, min(n, k + 4)):
        if _stop_at(doc, j):
            return False
        if norms[j] in _POSTED_THINGS:
            found = True
            break
    if not found:
        return False
    for j in range(k + 2, min(n, k + 12)):
        w = norms[j]
        if w == "and" and j + 1 < n and norms[j + 1] in _NEXT_DEED:
            return True  # "retweeted the same image and said, ...": the words are the next verb's
        if _stop_at(doc, j) or w in ("which", "who", "where") or w.endswith("ing") and len(w) > 5 and w != "during":
            return False  # "a tweet calling for", "a message promising", "that said", ": ..."
    return True


def _physical_attack(doc: Doc, k: int) -> bool:
    """"attacked the U.S. Embassy", "the Russians who attacked the 2016 election": a deed, not words."""
    norms = doc.norms
    n = min(len(norms), doc.sentences[doc.sentence_of[k]].stop)
    for j in range(k + 1, min(n, k + 6)):
        if _stop_at(doc, j) or norms[j] in ("for", "over", "as", "with"):
            return False
        if norms[j] in _ATTACKED_PLACES:
            return True
    return False


def _document_pledge(doc: Doc, k: int) -> bool:
    """"a congressional budget agreement pledging to add billions": a document commits funds; nobody speaks."""
    return k > 0 and doc.norms[k - 1] in _DOCUMENTS and doc.tokens[k - 1][:1].islower()


def _asked_for_thing(doc: Doc, first: int, k: int) -> bool:
    """"the relief Francisco has asked for.": a thing requested, named before the verb; not "asked for comment"."""
    norms, tokens = doc.norms, doc.tokens
    return norms[k] == "for" and k > first and norms[k - 1] in ("asked", "ask", "asks", "asking") \
        and k + 1 < len(norms) and tokens[k + 1] in (".", ",", ";", ")")


def _records_withheld(doc: Doc, k: int) -> bool:
    """"refuses to release even redacted versions of them", "refused to release his college transcripts": a
    document withheld; not "declined to release the dog's name" (information, read in ``cues``)."""
    norms = doc.norms
    n = min(len(norms), doc.sentences[doc.sentence_of[k]].stop)
    if k + 2 >= n or norms[k + 1] != "to" or norms[k + 2] not in ("release", "hand", "turn", "provide", "share"):
        return False
    for j in range(k + 3, min(n, k + 8)):
        if _stop_at(doc, j):
            return False
        if norms[j] in _RECORDS:
            return True
    return False


_WROTE: Final = frozenset({"wrote", "write", "writes", "writing", "scrawled", "painted", "chalked"})
# where a slogan is painted, not published ("wrote “Defund the police” on 16th Street")
_SURFACES: Final = frozenset({"street", "streets", "avenue", "road", "sidewalk", "sidewalks", "pavement", "wall",
                              "walls", "sign", "signs", "banner", "banners", "window", "windows", "door", "doors",
                              "car", "board", "whiteboard", "blackboard", "chalkboard", "fence", "bridge", "arm",
                              "arms", "hand", "hands", "forehead", "shirt", "shirts", "placard", "placards",
                              "building", "plaza", "mirror"})


def _slogan_painted(doc: Doc, k: int) -> bool:
    """ "protesters wrote “Defund the police” on 16th Street": a short slogan put on a surface, a deed; not
    "wrote “...” on Twitter" or "wrote in a letter"."""
    norms, tokens = doc.norms, doc.tokens
    n = min(len(norms), doc.sentences[doc.sentence_of[k]].stop)
    if k + 1 >= n or tokens[k + 1] not in QUOTE_MARKS:
        return False
    for j in range(k + 2, min(n, k + 10)):
        if tokens[j] in QUOTE_MARKS:  # the slogan ends: a surface follows within a few words
            return j + 1 < n and norms[j + 1] in ("on", "across", "onto") \
                and any(norms[m] in _SURFACES for m in range(j + 2, min(n, j + 6)))
    return False


_DENIED: Final = frozenset({"denied"})
_BE_FORMS: Final = frozenset({"is", "are", "was", "were", "be", "been", "being"})


def _refused_to_someone(doc: Doc, first: int, k: int) -> bool:
    """ "Travel orders are denied to those who fail the screening": a thing refused to someone, a deed; not "the
    claims were denied by the firm", "have denied to Politico that ..." (a denial told to someone)."""
    norms = doc.norms
    return norms[k] in _DENIED and k + 1 < len(norms) and norms[k + 1] == "to" \
        and any(norms[j] in _BE_FORMS for j in range(max(0, first - 1), k)) \
        and not any(norms[j] == "that" for j in range(k + 2, min(len(norms), k + 6)))


_PROMOTE: Final = frozenset({"promote", "promotes", "promoted", "promoting"})
# what gives the view a promotion carries ("promoted it as a cure", "promoted the drug, saying ...")
_VIEW_GIVEN: Final = frozenset({"as", "saying", "calling", "arguing", "claiming", "insisting", "touting"})


def _promotion(doc: Doc, k: int) -> bool:
    """ "Obama was promoting government-funded infrastructure projects", "the ad promoted a hotel", "is promoting
    his book": a campaign or an advert, a deed (draw 2929); not "promoted the drug as a cure", "promoted the drug,
    recently saying that ...", "promoting “...”" (a view or words given)."""
    norms, tokens = doc.norms, doc.tokens
    n = min(len(norms), doc.sentences[doc.sentence_of[k]].stop)
    return k + 1 < n and norms[k + 1] != "that" \
        and not any(norms[j] in _VIEW_GIVEN or tokens[j] in QUOTE_MARKS or tokens[j] == ":"
                    for j in range(k + 1, min(n, k + 7)))  # a "that" further on opens a relative clause


def verb_names_a_deed(doc: Doc, first: int, stop: int) -> bool:
    """Does the cue ``[first, stop)`` end in a report verb used of a deed: a thing added, a post with no
    words, a physical attack, documents withheld, a document's pledge, a thing asked for, a slogan painted on a
    surface, a thing denied to someone, a campaign or an advert promoted?"""
    k = stop - 1
    while k > first and not doc.is_word[k]:
        k -= 1
    w = doc.norms[k]
    return w in _ADD and _thing_added(doc, k) or w in _POST and _post_without_words(doc, k) \
        or w in _ATTACK and _physical_attack(doc, k) or w in _PLEDGE and _document_pledge(doc, k) \
        or w in _REFUSE and _records_withheld(doc, k) or _asked_for_thing(doc, first, k) \
        or w in _WROTE and _slogan_painted(doc, k) or _refused_to_someone(doc, first, k) \
        or w in _PROMOTE and _promotion(doc, k)
