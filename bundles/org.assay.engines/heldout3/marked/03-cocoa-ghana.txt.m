#C1 INDIRECT HEDGED
#C2 INDIRECT ASSERTED
#C3 INDIRECT ASSERTED
#C4 DIRECT_QUOTE ASSERTED
#C5 INDIRECT DENIED
#C6 MIXED ASSERTED
#C7 UNATTRIBUTED UNCERTAIN
#C8 INDIRECT ASSERTED
#C9 INDIRECT ASSERTED
#F1 UNATTRIBUTED ASSERTED
#F2 UNATTRIBUTED ASSERTED
[[Ghana|LOCATION]] Trims Cocoa Forecast as Virus Spreads Through Western Farms

[[ACCRA|LOCATION]], [[May 3|DATE]] ([[Reuters|ORGANIZATION]]) - {C1|[[Ghana|LOCATION]] is likely to harvest [[about 600,000|QUANTITY]] tonnes of cocoa [[this season|DATE]], well short of its target}, {S1|{S2|the country's cocoa regulator}} {U1|said} on [[Friday|DATE]], {U2|blaming} {C2|a virus that has ravaged farms in the west}.

{F1|The [[Ghana Cocoa Board|ORGANIZATION]] ([[COCOBOD|ORGANIZATION]]) had set a target of [[650,000|QUANTITY]] tonnes when the season opened in [[October|DATE]]}.

{C3|Cocoa swollen shoot virus disease has now infected [[about 590,000|QUANTITY]] hectares, or [[roughly a third|QUANTITY]] of the country's cocoa land}, {S3|[[Kwabena Osei-Mensah|PERSON]]}, who heads the board's research institute at [[Tafo|LOCATION]] and has studied the disease for [[more than two|QUANTITY]] decades, {U3|told} reporters.

"{C4|The trees just die from the top down}," {U4|said} {S4|[[Ama Boateng|PERSON]]}, who farms [[four|QUANTITY]] acres near [[Sefwi Wiawso|LOCATION]]. "{C4|[[Last year|DATE]] I sold [[30|QUANTITY]] bags. [[This year|DATE]], [[fewer than 12|QUANTITY]]}."

{S5|The [[General Agricultural Workers' Union|ORGANIZATION]]}, which represents labourers hired to cut down and replant diseased farms, {U5|said} {C5|its members had not been paid since [[January|DATE]]}.

{F2|Cocoa futures in [[London|LOCATION]] rose [[2.3|QUANTITY]]% to [[6,140|QUANTITY]] pounds a tonne after the announcement}. {C6|The shortfall is}, as {S6|one [[London|LOCATION]]-based trader} {U6|put it}, {C6|"the last thing a tight market needs"}.

{C7|Neighbouring [[Ivory Coast|LOCATION]], the world's top grower, is also expected to report a smaller crop}.

{S9|Agricultural economists at the [[University of Ghana|ORGANIZATION]]} {U9|argue} that {C9|low farm-gate prices have pushed many growers to smuggle beans across the border or to lease their land to illegal gold miners}. Illegal mining, known locally as galamsey, has already poisoned rivers across the cocoa belt.

{S8|The [[Bank of Ghana|ORGANIZATION]]} {U8|said} [[last month|DATE]] that {C8|cocoa export earnings fell [[18|QUANTITY]]% in the first quarter from [[a year earlier|DATE]]}. Gold sales made up much of the gap.

(Reporting by [[Kwasi Annan|PERSON]] in [[Accra|LOCATION]]; Editing by [[Sofia Reyes|PERSON]])
