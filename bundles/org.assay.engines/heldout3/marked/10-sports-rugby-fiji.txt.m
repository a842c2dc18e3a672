#C1 DIRECT_QUOTE ASSERTED
#C2 MIXED ASSERTED
#C3 INDIRECT ASSERTED
#C4 UNATTRIBUTED HEDGED
#C5 INDIRECT ASSERTED
#C6 DIRECT_QUOTE ASSERTED
#F1 UNATTRIBUTED ASSERTED
#F2 UNATTRIBUTED ASSERTED
[[Drua|ORGANIZATION]] Hold Off [[Moana Pasifika|ORGANIZATION]] in [[Suva|LOCATION]] Thriller

[[SUVA|LOCATION]], [[Fiji|LOCATION]], [[March 22|DATE]] ([[FBC|ORGANIZATION]]) - The [[Fijian Drua|ORGANIZATION]] beat [[Moana Pasifika|ORGANIZATION]] 29-26 at [[HFC Bank Stadium|LOCATION]] on [[Saturday|DATE]], with fullback [[Josaia Raqio|PERSON]] kicking the winning penalty after the siren.

[[SUPER RUGBY PACIFIC|ORGANIZATION]], ROUND 5
[[Fijian Drua|ORGANIZATION]] 29 [[Moana Pasifika|ORGANIZATION]] 26
[[Chiefs|ORGANIZATION]] 34 [[Blues|ORGANIZATION]] 17
[[Crusaders|ORGANIZATION]] 22 [[Brumbies|ORGANIZATION]] 24
[[Waratahs|ORGANIZATION]] 19 [[Hurricanes|ORGANIZATION]] 31
[[Reds|ORGANIZATION]] 40 [[Western Force|ORGANIZATION]] 12

{F1|The [[Drua|ORGANIZATION]] scored [[four|QUANTITY]] tries to [[three|QUANTITY]]}, [[two|QUANTITY]] of them from wing [[Vuate Naikasau|PERSON]], but trailed for most of the second half after [[Moana Pasifika|ORGANIZATION]] flanker [[Sione Tuipulotu|PERSON]] crossed from a lineout drive.

"{C1|The boys showed a lot of heart. We were a long way from our best and still found a way}," {S1|[[Drua|ORGANIZATION]] coach [[Semi Ratu|PERSON]]} {U1|said}.

{S2|[[Moana Pasifika|ORGANIZATION]] coach [[Lisiate Vake|PERSON]]}, whose side has lost all [[five|QUANTITY]] of its games [[this season|DATE]], {U2|admitted} that {C2|the [[Drua|ORGANIZATION]] scrum had been "the difference between the [[two|QUANTITY]] sides"}.

{C3|The crowd of [[about 13,000|QUANTITY]] was the largest for a [[Drua|ORGANIZATION]] home game since [[2023|DATE]]}, {U3|according to} {S3|the [[Fiji Rugby Union|ORGANIZATION]]}.

{C4|[[Naikasau|PERSON]] is believed to have injured a hamstring late in the game} and is doubtful for [[next week|DATE]]'s trip to [[Canberra|LOCATION]] to face the [[Brumbies|ORGANIZATION]], who beat the [[Crusaders|ORGANIZATION]] in [[Christchurch|LOCATION]] on [[Friday|DATE]] night.

{F2|The [[Brumbies|ORGANIZATION]] and the [[Hurricanes|ORGANIZATION]] lead the table with [[18|QUANTITY]] points each, [[two|QUANTITY]] points ahead of the [[Chiefs|ORGANIZATION]]}.

{S5|[[World Rugby|ORGANIZATION]]} {U5|confirmed} on [[Sunday|DATE]] that {C5|[[Fiji|LOCATION]] would host [[two|QUANTITY]] of its Pacific Nations Cup matches in [[Suva|LOCATION]] and [[Lautoka|LOCATION]] in [[August|DATE]]}.

"{C6|When the [[Drua|ORGANIZATION]] win, the whole country goes to work smiling}," {U6|said} {S6|[[Mere Tuilagi|PERSON]]}, who sells kava outside the stadium.
