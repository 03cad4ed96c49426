"""Rebuild framing/analysis/lexicons/first_names.txt from the Faker package's en_US first-name lists.

    pip download --no-deps Faker        # a wheel; unzip it (a wheel is a zip file)
    python scripts/first_names_from_faker.py PATH/faker/providers/person/en_US/__init__.py

The lists (the 200 most common US first names of each decade, 1960s-1990s, from the Social Security
Administration) are read from the provider's source as data (``ast``: nothing of Faker is imported or
run). Names of both genders, names that are also surnames written first, places and plain words are left
out; a few first names of public figures cited in the AllSides dev corpus are added (see the file's header).
"""
from __future__ import annotations

import ast
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "framing" / "analysis" / "lexicons" / "first_names.txt"

# held by men and women in the news, also surnames written first ("Kim Jong Un"), places or plain words
DROP = frozenset("""kim lee lindsey lindsay dana robin jean jody jodi sandy morgan andrea ariel dominique lynn clinton
warren jo guy joy summer faith grace autumn destiny diamond raven mercedes angie cameron blake drew parker riley
dakota hayden logan sydney bailey madison mackenzie kendra shelby chase grant max dean ray gene earl carol dale glen
kirk kent levi sierra april christie cassidy mallory paige savannah rose hope penny austin jackson virginia
charlotte victoria troy""".split())
# first names of public figures cited in the AllSides dev corpus, missing from the decade lists
EXTRA_MALE = frozenset("""mitch bernie chuck barack pete rudy mitt ted rand beto newt jeb lyndon rex reince lloyd antony
vladimir emmanuel boris recep narendra jair volodymyr hassan mohammed mohammad muhammad ahmed abdel bashar mahmoud
tucker rush dick ron rod sergei sergey shinzo justin hakeem adam matt nate sonny marty ken rahm bernard elijah
jerrold lamar trey cory tom bob orrin mike jim john joe bill hunter joaquin julian beau""".split())
EXTRA_FEMALE = frozenset("""hillary kamala ivanka melania betsy kellyanne dianne maxine ilhan tulsi ayanna rashida nikki
condoleezza madeleine stormy nancy elizabeth susan lisa kirsten gretchen janet gina samantha sarah jen huma chelsea
ruth theresa angela marine jacinda ursula christine sheryl greta alexandria kristi lori katie liz elise debbie
amy""".split())


def provider_names(source: str, attribute: str) -> set[str]:
    """The names of ``attribute`` (``first_names_male``: an ``OrderedDict((("Aaron", 0.006), ...))``) in
    the provider's source, lower-cased."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == attribute for t in node.targets):
            value = node.value
            if isinstance(value, ast.Call):  # OrderedDict(((name, weight), ...))
                value = value.args[0]
            pairs = ast.literal_eval(value)
            return {name.lower() for name, _weight in pairs}
    raise SystemExit(f"{attribute} not found: is this Faker's en_US person provider?")


def main(provider: Path) -> int:
    source = provider.read_text(encoding="utf-8")
    listed_male, listed_female = provider_names(source, "first_names_male"), provider_names(source, "first_names_female")
    drop = DROP | (listed_male & listed_female)
    male = sorted((listed_male | EXTRA_MALE) - drop)
    female = sorted((listed_female | EXTRA_FEMALE) - drop)
    if set(male) & set(female):
        raise SystemExit(f"names of both genders left in: {sorted(set(male) & set(female))}")
    added_male, added_female = sorted(set(male) - listed_male), sorted(set(female) - listed_female)
    header = [
        "# First names: common first names of men and of women, for the gender of a name before a pronoun",
        "# Source: the Faker package (MIT licence, version 40), faker/providers/person/en_US first_names_male and "
        "first_names_female: the 200 most common names of each decade from the 1960s to the 1990s, from the US "
        "Social Security Administration (ssa.gov/OACT/babynames/decades)",
        "# Source: added by reading the AllSides dev corpus: first names of public figures cited there (politicians "
        "of older decades, foreign leaders)",
        "# Notes: format is name<TAB>male or name<TAB>female; names given to both men and women in the lists or in "
        "the news (jordan, kelly, lindsey, dana, robin), names that are also surnames written first (kim, lee), "
        "places (virginia, austin, charlotte) or plain words (hope, grace, guy) are left out: their gender stays "
        "unknown",
        f"# Notes: added to the Faker lists: {' '.join(added_male)} (male); {' '.join(added_female)} (female)",
    ]
    rows = [f"{n}\tmale" for n in male] + [f"{n}\tfemale" for n in female]
    OUT.write_text("\n".join(header + rows) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(male)} male, {len(female)} female first names")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    sys.exit(main(Path(sys.argv[1])))
