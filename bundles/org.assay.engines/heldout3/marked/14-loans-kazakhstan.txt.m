#C1 INDIRECT ASSERTED
#C2 INDIRECT ASSERTED
#C3 INDIRECT ASSERTED
#C4 MIXED ASSERTED
#C5 UNATTRIBUTED HEDGED
#C6 DIRECT_QUOTE ASSERTED
#C7 MIXED ASSERTED
#C8 INDIRECT ASSERTED
#F1 UNATTRIBUTED ASSERTED
#F2 UNATTRIBUTED ASSERTED
#F3 UNATTRIBUTED ASSERTED
Kazakh Lawmakers Vote to Cap Interest on Payday Loans

By [[Dana Akhmetova|PERSON]]

[[ASTANA|LOCATION]] ([[AFP|ORGANIZATION]]) - {F1|[[Kazakhstan|LOCATION]]'s lower house of parliament, the [[Mazhilis|ORGANIZATION]], voted by [[78|QUANTITY]] to [[9|QUANTITY]] on [[Wednesday|DATE]] to cap the annual interest that microcredit firms can charge at [[56|QUANTITY]] percent}, after a year in which protests over household debt spread from [[Almaty|LOCATION]] to smaller cities.

{S1|[[Aidos Serikbayev|PERSON]], an [[Amanat|ORGANIZATION]] deputy who drafted the bill}, which now goes to the [[Senate|ORGANIZATION]], {U1|told} reporters that {C1|[[about 1.2 million|QUANTITY]] borrowers were more than [[90|QUANTITY]] days behind on their payments}.

{C2|Consumer loans grew [[27|QUANTITY]] percent [[last year|DATE]], more than twice as fast as wages}, {U2|according to} {S2|the [[Agency for Regulation and Development of the Financial Market|ORGANIZATION]]}, which will enforce the cap.

{S3|The [[Association of Financiers of Kazakhstan|ORGANIZATION]]} lobbied against the bill, {U3|arguing} that {C3|lenders would simply stop serving people with low incomes}. {S4|Its chairman, [[Yerlan Dzhaksybekov|PERSON]]}, {U4|called} {C4|the cap "a gift to loan sharks"}.

{C5|Several of the largest microcredit firms are said to be preparing to leave the market}.

{F3|The [[Ak Zhol|ORGANIZATION]] party, which had pushed for a lower cap of [[40|QUANTITY]] percent, voted for the bill, while [[three|QUANTITY]] deputies of the [[People's Party of Kazakhstan|ORGANIZATION]] abstained}.

"{C6|I borrowed for my son's wedding and now I borrow to pay the interest}," {U6|said} {S6|[[Gulnara Seitkali|PERSON]]}, a [[46|QUANTITY]]-year-old cleaner in [[Shymkent|LOCATION]].

{S7|The [[National Bank of Kazakhstan|ORGANIZATION]]}, which raised its base rate to [[16.5|QUANTITY]] percent in [[March|DATE]], {U7|said} in a report [[last month|DATE]] that {C7|household debt had become "a risk to financial stability"}. {F2|The tenge has lost [[about 8|QUANTITY]] percent against the [[U.S.|LOCATION]] dollar [[this year|DATE]]}.

In [[January|DATE]], {S8|the presidential administration} had {U8|instructed} {C8|the government to find ways to ease the burden on borrowers}.
