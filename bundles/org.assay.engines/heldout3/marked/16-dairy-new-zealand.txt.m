#C1 INDIRECT ASSERTED
#C2 INDIRECT ASSERTED
#C3 DIRECT_QUOTE ASSERTED
#C4 MIXED ASSERTED
#C5 INDIRECT UNCERTAIN
#C6 INDIRECT ASSERTED
#C7 UNATTRIBUTED HEDGED
#C8 DIRECT_QUOTE ASSERTED
#C9 INDIRECT ASSERTED
#F1 UNATTRIBUTED ASSERTED
#F2 UNATTRIBUTED ASSERTED
#F3 UNATTRIBUTED ASSERTED
[[Kauri Dairy|ORGANIZATION]] Lifts Milk Price Forecast, Shares Jump

[[WELLINGTON|LOCATION]], [[Nov 6|DATE]] ([[RNZ|ORGANIZATION]]) - {S1|{S2|Dairy cooperative [[Kauri Dairy|ORGANIZATION]]}} {U1|said} on [[Thursday|DATE]] that {C1|it now expects to pay farmers [[NZ$10.20|QUANTITY]] per kilogram of milk solids [[this season|DATE]], up from [[NZ$9.70|QUANTITY]]}, {U2|citing} {C2|strong demand from [[China|LOCATION]] and [[South-East Asia|LOCATION]]}.

{F1|Shares of [[Kauri|ORGANIZATION]] (NZX: KDL) rose [[4.4|QUANTITY]] percent on the [[NZX|ORGANIZATION]] by midday, against a [[0.2|QUANTITY]] percent fall in the wider market}. {F2|First-quarter revenue rose [[12|QUANTITY]] percent to [[NZ$1.9 billion|QUANTITY]] and net profit climbed to [[NZ$142 million|QUANTITY]] from [[NZ$96 million|QUANTITY]]}.

"{C3|Buyers in [[Asia|LOCATION]] want more butter and cream than we can make right now}," {S3|the chief executive of [[Kauri|ORGANIZATION]], [[Hemi Walker|PERSON]]}, {U3|said} on a call with analysts.

{S4|[[Federated Farmers|ORGANIZATION]], the lobby group that represents [[about 10,000|QUANTITY]] dairy farmers}, welcomed the forecast but {U4|said} {C4|many farms were still "paying off the bad years"}.

{S5|Economists at [[Westpac|ORGANIZATION]]} {U5|warned} that {C5|new [[U.S.|LOCATION]] tariffs on butter could cut into margins [[next year|DATE]]}.

{S6|The [[Reserve Bank of New Zealand|ORGANIZATION]]}, which cut its official cash rate to [[2.5|QUANTITY]] percent [[last month|DATE]], {U6|said} in its latest financial stability report that {C6|high dairy prices were one of the few bright spots in a slow economy}.

{C7|Several farms in [[Southland|LOCATION]] are thought to have been sold to overseas investors [[this year|DATE]]}, prompting calls from farmers for tighter rules on foreign ownership.

"{C8|A good price helps, but the bank takes most of it}," {U8|said} {S8|[[Mere Tāwhai|PERSON]]}, who milks [[420|QUANTITY]] cows near [[Matamata|LOCATION]] in the [[Waikato|LOCATION]]. {F3|Her farm's debt has risen by [[about a quarter|QUANTITY]] since [[2021|DATE]], when she bought out her brother's share}.

{S9|[[Statistics New Zealand|ORGANIZATION]]} {U9|reported} [[last week|DATE]] that {C9|dairy exports in the [[September|DATE]] quarter were worth [[NZ$4.8 billion|QUANTITY]], up [[19|QUANTITY]] percent on [[a year earlier|DATE]]}.
