"""Real people named in an article and the actor/character pairs it states.

    finder.py         people_and_cast: the entry point; who is a person, who a character
    evidence.py       every person-shaped run with its evidence; context_score.py scores one run
    single_names.py   people known by one name; captions.py people in lower-case captions
    resolve.py        which full name a surname or spelling means
    cast.py           find_cast: runs every cast form and collects the pairs
    cast_forms.py     the forms as patterns over name_pattern.NAME; verbs_abroad.py the European cast verbs
    roles.py          whether a side of a form is a person or a role
    brackets.py       ``Character (Actor)`` in both orders, and bracket lists
    respectively.py   ``A and B play C and D, respectively``; cast lists as sentences; lower-case captions
    role_first.py     ``Dans le rôle de X, on retrouve Y``; who's-who lines; ``Who plays X? Y``
    alias_links.py    ``A as X, B alias Y``: alias links beside plain pairs
    actors.py         the actor of a ``plays`` phrase further away
    works.py          titles of works and the work a pair belongs to
    merge.py          one pair per role
"""
