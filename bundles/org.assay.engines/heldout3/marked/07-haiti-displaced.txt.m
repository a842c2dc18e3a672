#C1 INDIRECT ASSERTED
#C2 INDIRECT ASSERTED
#C3 INDIRECT ASSERTED
#C4 INDIRECT ASSERTED
#C5 DIRECT_QUOTE ASSERTED
#C6 UNATTRIBUTED HEDGED
#C7 INDIRECT ASSERTED
#C8 INDIRECT DENIED
#C10 INDIRECT ASSERTED
#C11 INDIRECT ASSERTED
#C12 INDIRECT ASSERTED
#C13 INDIRECT ASSERTED
#F1 UNATTRIBUTED ASSERTED
#F2 UNATTRIBUTED ASSERTED
{S1|[[U.N.|ORGANIZATION]]} {U1|Says} {C1|Gang Attacks Drove [[60,000|QUANTITY]] From Their Homes in [[Haiti|LOCATION]] in a Month}

[[PORT-AU-PRINCE|LOCATION]], [[Haiti|LOCATION]] ([[AP|ORGANIZATION]]) — {C2|Gang attacks on towns north of [[Haiti|LOCATION]]'s capital forced [[about 60,000|QUANTITY]] people from their homes in [[March|DATE]]}, {S2|the [[U.N.|ORGANIZATION]] migration agency} {U2|said} [[Tuesday|DATE]].

{C3|[[More than 1 million|QUANTITY]] Haitians are now displaced, [[about half|QUANTITY]] of them children}, {U3|according to} {S3|the [[International Organization for Migration|ORGANIZATION]] ([[IOM|ORGANIZATION]])}, which counts people sheltering in schools, churches and the homes of relatives.

{S4|[[Jean-Robert Pierre-Louis|PERSON]], a community leader from [[Mirebalais|LOCATION]]}, who fled with his family to the capital [[last week|DATE]] after gunmen burned the town's police station, {U4|told} The [[Associated Press|ORGANIZATION]] that {C4|most of the town's [[40,000|QUANTITY]] residents had left}.

"{C5|They came at night, on motorbikes, and they burned everything that belonged to the state}," {S5|he} {U5|said}.

{S11|Aid agencies} {U11|say} {C11|food prices in the capital have risen sharply since the main road north was cut}. {S12|{S13|The [[World Food Programme|ORGANIZATION]]}} {U12|said} {C12|it had reached [[180,000|QUANTITY]] people with hot meals since [[January|DATE]]}, but {U13|warned} that {C13|its [[Haiti|LOCATION]] operation was only [[30|QUANTITY]] percent funded}.

{C6|The gangs are thought to have [[several thousand|QUANTITY]] members, many of them teenagers}.

{S7|The [[U.S. State Department|ORGANIZATION]]} on [[Monday|DATE]] again {U7|urged} {C7|Americans to leave [[Haiti|LOCATION]]}, and {S8|[[U.S.|LOCATION]] officials} {U8|denied} reports that {C8|[[Washington|LOCATION]] was preparing to withdraw its remaining embassy staff}.

{F1|The [[Dominican Republic|LOCATION]], which shares the island of [[Hispaniola|LOCATION]] with [[Haiti|LOCATION]], deported [[more than 270,000|QUANTITY]] Haitians [[last year|DATE]]}. {S10|Its government} {U10|says} {C10|the border wall it began building in [[2022|DATE]] will be finished in [[December|DATE]]}.

The [[U.N. Security Council|ORGANIZATION]] is due to vote on [[Thursday|DATE]] on turning the [[Kenya|LOCATION]]-led security mission into a larger force with its own budget.

{F2|The mission has [[about 1,000|QUANTITY]] officers in the country, far fewer than the [[2,500|QUANTITY]] it was promised}.
