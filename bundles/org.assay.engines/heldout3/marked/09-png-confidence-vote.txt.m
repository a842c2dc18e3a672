#C1 MIXED ASSERTED
#C2 MIXED ASSERTED
#C3 INDIRECT ASSERTED
#C4 UNATTRIBUTED HEDGED
#C5 INDIRECT ASSERTED
#C6 DIRECT_QUOTE UNCERTAIN
#C7 INDIRECT ASSERTED
#C8 INDIRECT ASSERTED
#F1 UNATTRIBUTED ASSERTED
#F2 UNATTRIBUTED ASSERTED
#F3 UNATTRIBUTED ASSERTED
[[Papua New Guinea|LOCATION]] Government Survives No-Confidence Vote

[[PORT MORESBY|LOCATION]], [[Sept 20|DATE]] ([[AAP|ORGANIZATION]]) - {F1|[[Papua New Guinea|LOCATION]]'s coalition government survived a motion of no confidence in parliament on [[Friday|DATE]], with [[72|QUANTITY]] of the [[118|QUANTITY]] members voting against it and [[44|QUANTITY]] in favour}.

{S1|Opposition leader [[Joseph Kaupa|PERSON]]}, whose motion accused the government of losing control of the budget and of law and order in the highlands, {U1|said} after the vote that {C1|the result had been "bought with ministries and road money"}.

How the main parties voted (against / for the motion):
[[Pangu Pati|ORGANIZATION]]                    39 / 0
[[People's National Congress|ORGANIZATION]]    9 / 2
[[United Resources Party|ORGANIZATION]]        6 / 1
[[National Alliance Party|ORGANIZATION]]       3 / 7
Independents and others          15 / 34

{S2|[[Pangu Pati|ORGANIZATION]]}, which leads the coalition, {U2|said} in a statement that {C2|the vote showed "stability is back"} and that {C2|the government would now press ahead with a [[5.2 billion|QUANTITY]] kina road programme}.

{C3|Government debt reached [[54|QUANTITY]] percent of gross domestic product [[last year|DATE]]}, {U3|according to} {S3|[[Treasury|ORGANIZATION]] figures}. {F3|The kina has lost [[about 15|QUANTITY]] percent of its value against the [[U.S.|LOCATION]] dollar since [[2022|DATE]]}.

{C4|[[At least two|QUANTITY]] opposition members are understood to have been offered ministries in exchange for their votes}. {F2|A government that survives a no-confidence motion is protected from another for [[18|QUANTITY]] months} under the constitution.

{S5|The [[PNG Council of Churches|ORGANIZATION]]} {U5|urged} {C5|members of parliament to turn their attention to the cost of living and to tribal fighting in [[Enga|LOCATION]] province}.

"{C6|Who will pay for all these new ministries}?" {U6|asked} {S6|[[Grace Wambi|PERSON]], a teacher in [[Lae|LOCATION]]}. {C8|Her school has gone [[three|QUANTITY]] months without a grant payment}, {S8|she} {U8|said}.

{S7|The [[Australian High Commission|ORGANIZATION]] in [[Port Moresby|LOCATION]]} {U7|said} {C7|it respected the decision of the parliament}. [[Australia|LOCATION]] is the country's largest aid donor and signed a security treaty with it in [[2023|DATE]].

The vote came days before talks on the future of [[Bougainville|LOCATION]], which voted for independence in a referendum in [[2019|DATE]], were due to resume in [[Wellington|LOCATION]].
