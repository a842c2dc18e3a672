#C1 INDIRECT ASSERTED
#C2 INDIRECT ASSERTED
#C3 DIRECT_QUOTE ASSERTED
#C4 INDIRECT UNCERTAIN
#C5 INDIRECT ASSERTED
#C6 INDIRECT UNCERTAIN
Ocean Heat Record Alarms Researchers

By [[Lena Okafor|PERSON]]

{S1|A study published on [[Monday|DATE]] in the journal [[Nature Geoscience|ORGANIZATION]]} {U1|found} that {C1|the upper [[2,000|QUANTITY]] metres of the oceans absorbed more heat in [[2024|DATE]] than in any year since measurements began}.

{S2|The authors, led by [[Tomasz Wierzbicki|PERSON]] of the [[University of Gdansk|ORGANIZATION]]}, {U2|estimate} that {C2|the extra energy was equivalent to [[about eight|QUANTITY]] times the world's annual electricity use}.

"{C3|This is not a blip, it is a trend line}," {U3|said} {S3|[[Wierzbicki|PERSON]]}, who has studied ocean temperatures for [[two|QUANTITY]] decades.

{S4|Some scientists} {U4|believe} {C4|the warming may have been amplified by an unusually strong El Nino}, although the paper does not address that question directly.

{S5|[[Maria Fernandes|PERSON]], a climatologist at the [[Met Office|ORGANIZATION]] who was not involved in the research}, {U5|warned} that {C5|coral reefs in the [[Indian Ocean|LOCATION]] were already under severe stress}.

{C6|Whether the trend will slow is unclear}, {S6|she} {U6|added}.
