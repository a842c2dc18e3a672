#C1 INDIRECT ASSERTED
#C2 INDIRECT ASSERTED
#C3 INDIRECT DENIED
#C4 MIXED ASSERTED
#C5 MIXED ASSERTED
#C6 UNATTRIBUTED HEDGED
#C7 INDIRECT ASSERTED
#C8 DIRECT_QUOTE ASSERTED
#C9 INDIRECT ASSERTED
#C10 INDIRECT ASSERTED
#F1 UNATTRIBUTED ASSERTED
#F2 UNATTRIBUTED ASSERTED
#F3 UNATTRIBUTED ASSERTED
ARGENTINE INFLATION SLOWS AGAIN, UNIONS CALL STRIKE

[[BUENOS AIRES|LOCATION]], [[July 14|DATE]] ([[Reuters|ORGANIZATION]]) - {C1|[[Argentina|LOCATION]]'s monthly inflation rate slowed to [[2.1|QUANTITY]]% in [[June|DATE]], the lowest since [[2020|DATE]]}, {S1|the national statistics agency [[INDEC|ORGANIZATION]]} {U1|said} on [[Monday|DATE]]. {F1|Prices rose [[39.4|QUANTITY]]% in the [[12|QUANTITY]] months to [[June|DATE]]}.

{S2|Economists polled by the [[Central Bank of Argentina|ORGANIZATION]]} had {U2|expected} {C2|[[2.3|QUANTITY]]%}.

{S3|The [[General Confederation of Labour|ORGANIZATION]] ([[CGT|ORGANIZATION]]), the country's largest union federation}, called a [[24|QUANTITY]]-hour general strike for [[Thursday|DATE]], {U3|arguing} that {C3|wages had not kept up with prices since the government took office}.

{C4|The recovery}, as {S4|[[Marta Giménez|PERSON]], a labour economist at the [[University of Buenos Aires|ORGANIZATION]]}, {U4|put it}, {C4|is "real for the thermometer, still theoretical for the patient"}. {F2|Real wages in the formal sector are still about [[8|QUANTITY]]% below their level of late [[2023|DATE]]}.

{S5|The [[International Monetary Fund|ORGANIZATION]]}, which approved a [[$20 billion|QUANTITY]] loan programme in [[April|DATE]], {U5|said} in a statement that {C5|[[Argentina|LOCATION]] had made "significant progress" on rebuilding its reserves}.

{S9|Officials at the [[Economy Ministry|ORGANIZATION]]} {U9|expect} {C9|monthly inflation to stay below [[2.5|QUANTITY]]% for the rest of the year}, while {S10|private analysts surveyed by the consultancy [[Equilibra|ORGANIZATION]]} {U10|see} {C10|it edging back up after the elections}.

{F3|The peso weakened [[0.8|QUANTITY]]% to [[1,265|QUANTITY]] per [[U.S.|LOCATION]] dollar in official trading}. {C6|The government is reportedly preparing to lift the remaining currency controls on companies before the [[October|DATE]] midterm elections}.

{S7|Shopkeepers in the [[Once|LOCATION]] garment district} {U7|told} [[Reuters|ORGANIZATION]] {C7|sales were still weak}, even as price rises slowed.

"{C8|People come in, look, ask the price and leave. We sell [[half|QUANTITY]] of what we sold [[two years ago|DATE]]}," {U8|said} {S8|[[Rubén Katz|PERSON]]}, who has run a fabric shop on [[Avenida Pueyrredón|LOCATION]] since [[1994|DATE]].

(Reporting by [[Lucía Ferreyra|PERSON]]; Editing by [[Tom Whitfield|PERSON]])
