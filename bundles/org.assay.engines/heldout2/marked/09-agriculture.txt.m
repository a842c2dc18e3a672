#C1 INDIRECT ASSERTED
#C2 INDIRECT ASSERTED
#C3 INDIRECT HEDGED
#C4 DIRECT_QUOTE ASSERTED
#C5 INDIRECT ASSERTED
#C6 INDIRECT ASSERTED
Drought Cuts Kenyan Tea Harvest

[[NAIROBI|LOCATION]], [[June 3|DATE]] ([[Xinhua|ORGANIZATION]]) -- {C1|[[Kenya|LOCATION]]'s tea output fell [[18|QUANTITY]] percent year-on-year in [[April|DATE]] to [[31.6 million|QUANTITY]] kilograms}, {U1|according to} {S1|data from the [[Tea Board of Kenya|ORGANIZATION]]}.

{S2|The board} {U2|blamed} {C2|a prolonged dry spell in the highlands west of the [[Rift Valley|LOCATION]]}.

{C3|Prices at the [[Mombasa|LOCATION]] auction are believed to have risen for a fifth straight week}, {S3|traders} {U3|said}.

"{C4|Smallholders are selling cattle to pay school fees}," {S4|[[Joseph Kiprono|PERSON]], who farms [[two|QUANTITY]] hectares near [[Kericho|LOCATION]]}, {U4|told} [[Xinhua|ORGANIZATION]].

In {S5|the [[Meteorological Department|ORGANIZATION]]}'s {U5|view}, {C5|the long rains will arrive late}.

{S6|Agriculture Minister [[Mutahi Kagwe|PERSON]]} {U6|urged} {C6|farmers to plant drought-tolerant varieties}.
