#C1 INDIRECT ASSERTED
#C2 INDIRECT ASSERTED
#C3 MIXED ASSERTED
#C4 INDIRECT ASSERTED
#C5 INDIRECT ASSERTED
#C6 UNATTRIBUTED HEDGED
#C7 DIRECT_QUOTE ASSERTED
#C8 MIXED ASSERTED
#F1 UNATTRIBUTED ASSERTED
#F2 UNATTRIBUTED ASSERTED
[[Kyrgyzstan|LOCATION]] and [[Uzbekistan|LOCATION]] Strike Summer Water Deal as Reservoir Runs Low

[[BISHKEK|LOCATION]], [[Kyrgyzstan|LOCATION]] ([[AP|ORGANIZATION]]) — {C1|[[Kyrgyzstan|LOCATION]] will release more water from the [[Toktogul|LOCATION]] reservoir to farms in [[Uzbekistan|LOCATION]] [[this summer|DATE]] in exchange for electricity}, {S1|the [[two|QUANTITY]] governments} {U1|said} on [[Thursday|DATE]], after a dry winter left the reservoir at its lowest level in a decade.

{F1|Under the deal, signed in [[Tashkent|LOCATION]] by the [[two|QUANTITY]] energy ministers, [[Kyrgyzstan|LOCATION]] will receive [[up to 1.5 billion|QUANTITY]] kilowatt-hours of electricity in winter}, when its own hydropower plants run short.

{C2|Inflow into the reservoir between [[October|DATE]] and [[March|DATE]] was [[28|QUANTITY]] percent below the long-term average}, {U2|according to} {S2|[[Kyrgyzhydromet|ORGANIZATION]], the national weather service}.

{S3|[[Temir Usubaliev|PERSON]], the head of the state water agency}, who returned from the talks in [[Tashkent|LOCATION]] late on [[Wednesday|DATE]], {U3|described} {C3|the level as "worrying but manageable"}.

{S4|The [[U.N. Development Programme|ORGANIZATION]]} {U4|estimates} that {C4|water shortages already cost the economies of [[Central Asia|LOCATION]] [[about $1.7 billion|QUANTITY]] a year}, and {S5|a [[U.N.|ORGANIZATION]] report published in [[February|DATE]]} {U5|found} that {C5|the glaciers feeding the [[Naryn River|LOCATION]] had lost [[about a fifth|QUANTITY]] of their mass since [[2000|DATE]]}.

[[Kazakhstan|LOCATION]], which lies downstream on the [[Syr Darya|LOCATION]], was not part of the agreement.

{C6|Cotton farmers in the [[Fergana Valley|LOCATION]] are believed to have cut planting by [[about a tenth|QUANTITY]] [[this spring|DATE]]}.

"{C7|[[Last summer|DATE]] the canal was dry for [[three|QUANTITY]] weeks. We lost [[half|QUANTITY]] the melons}," {U7|said} {S7|[[Dilshod Rakhimov|PERSON]]}, who farms [[11|QUANTITY]] hectares near [[Andijan|LOCATION]]. {C8|The deal}, as {S8|[[Rakhimov|PERSON]]} {U8|put it}, {C8|"is good news if the water actually comes"}.

{F2|Relations between the [[two|QUANTITY]] neighbours have improved since they settled most of their disputed border in [[2023|DATE]]}, and officials on both sides now meet every spring to plan the irrigation season. [[Uzbekistan|LOCATION]]'s cotton and wheat harvests depend almost entirely on water that rises in the Kyrgyz mountains.
