"""Rebuild framing/analysis/lexicons/first_names.txt from the Faker package's en_US first-name lists.

Usage: pip download --no-deps Faker; unzip the wheel; then
    python scripts/first_names_from_faker.py PATH/faker/providers/person/en_US/__init__.py
The lists (the 200 most common US names of each decade, 1960s-1990s, from the Social Security
Administration) are read without importing Faker; names of both genders, places and plain words are
left out and a few first names of public figures are added (see the file's header).
"""
import sys
from pathlib import Path

src = open(sys.argv[1]).read().replace("from .. import Provider as PersonProvider", "PersonProvider = object")
ns = {}; exec(src, ns); P = ns["Provider"]
m = set(n.lower() for n in P.first_names_male); f = set(n.lower() for n in P.first_names_female)
both = m & f
# names held by men and women in the news, or also surnames written first ("Kim Jong Un") or words
drop = {"kim", "lee", "lindsey", "lindsay", "dana", "robin", "jean", "jody", "jodi", "sandy", "morgan", "andrea",
        "ariel", "dominique", "lynn", "clinton", "warren", "jo", "guy", "joy", "summer", "faith", "grace",
        "autumn", "destiny", "diamond", "raven", "mercedes", "angie", "cameron", "blake", "drew", "parker", "riley",
        "dakota", "hayden", "logan", "sydney", "bailey", "madison", "mackenzie", "kendra", "shelby", "chase",
        "grant", "max", "dean", "ray", "gene", "earl", "carol", "dale", "glen", "kirk", "kent", "levi", "sierra",
        "april", "christie", "cassidy", "mallory", "paige", "savannah", "rose", "hope", "penny", "austin", "jackson", "virginia", "charlotte", "victoria", "troy"} | both
extra_m = """mitch bernie chuck barack pete rudy mitt ted rand beto newt jeb lyndon rex reince lloyd antony vladimir
emmanuel boris recep narendra jair volodymyr hassan mohammed mohammad muhammad ahmed abdel bashar mahmoud
tucker rush dick ron rod sergei sergey shinzo justin hakeem adam matt nate sonny marty ken
rahm bernard elijah jerrold lamar trey cory tom bob orrin mike jim john joe bill hunter joaquin julian beau
amy""".split()
extra_f = """hillary kamala ivanka melania betsy kellyanne dianne maxine ilhan tulsi ayanna rashida nikki condoleezza
madeleine stormy nancy elizabeth susan lisa kirsten gretchen janet gina samantha sarah jen huma chelsea ruth
theresa angela marine jacinda ursula christine sheryl greta alexandria kristi lori katie liz elise debbie""".split()
male = sorted((m - drop) | {n for n in extra_m if n not in drop and n != "amy"})
female = sorted((f - drop) | {n for n in extra_f if n not in drop} | {"amy"})
assert not set(male) & set(female), set(male) & set(female)
added_m = sorted(set(male) - m); added_f = sorted(set(female) - f)
with open(Path(__file__).resolve().parents[1] / "framing" / "analysis" / "lexicons" / "first_names.txt", "w") as out:
    out.write("# First names: common first names of men and of women, for the gender of a name before a pronoun\n")
    out.write("# Source: the Faker package (MIT licence, version 40), faker/providers/person/en_US first_names_male and first_names_female: the 200 most common names of each decade from the 1960s to the 1990s, from the US Social Security Administration (ssa.gov/OACT/babynames/decades)\n")
    out.write("# Source: added by reading the AllSides dev corpus: first names of public figures cited there (politicians of older decades, foreign leaders)\n")
    out.write("# Notes: format is name<TAB>male or name<TAB>female; names given to both men and women in the lists or in the news (jordan, kelly, lindsey, dana, robin), names that are also surnames written first (kim, lee), places (virginia, austin, charlotte) or plain words (hope, grace, guy) are left out: their gender stays unknown\n")
    out.write("# Notes: added to the Faker lists: " + " ".join(added_m) + " (male); " + " ".join(added_f) + " (female)\n")
    for n in male: out.write(f"{n}\tmale\n")
    for n in female: out.write(f"{n}\tfemale\n")
print(len(male), len(female), added_m, added_f)
