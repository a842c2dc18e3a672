#C1 INDIRECT ASSERTED
#C2 INDIRECT ASSERTED
#C3 INDIRECT ASSERTED
#C4 DIRECT_QUOTE ASSERTED
#C5 INDIRECT HEDGED
#C6 INDIRECT ASSERTED
#C7 INDIRECT ASSERTED
Council Votes to Close [[Two|QUANTITY]] Libraries

[[Bristol|LOCATION]] city council voted [[34|QUANTITY]] to [[29|QUANTITY]] on [[Tuesday night|DATE]] to close [[two|QUANTITY]] branch libraries and move services online, despite a petition signed by [[nearly 12,000|QUANTITY]] residents.

{S1|Council leader [[Marvin Rees-Clarke|PERSON]]} {U1|argued} that {C1|the city faced a budget gap of [[£18 million|QUANTITY]] and had no painless options left}.

{S2|Opposition councillors} {U2|accused} {C2|him of breaking a promise made during [[last year|DATE]]'s election campaign}.

{S3|[[Green Party|ORGANIZATION]] councillor [[Heather Doyle|PERSON]]} {U3|tweeted} that {C3|the decision would hit children and older people hardest}.

"{C4|Libraries are not a luxury}," {U4|said} {S4|[[Jean Okwu|PERSON]], who organised the petition}. "{C4|They are where people go when they have nowhere else}."

{S5|Local reports} {U5|suggested} {C5|a third branch could be next}.

In a statement, {S6|the council} {U6|said} {C6|it would keep mobile library vans running in [[Southmead|LOCATION]] and [[Hartcliffe|LOCATION]]}. {S7|It} {U7|expects} {C7|to save [[£1.4 million|QUANTITY]] a year}.
