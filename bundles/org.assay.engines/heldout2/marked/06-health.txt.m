#C1 INDIRECT ASSERTED
#C2 INDIRECT ASSERTED
#C3 INDIRECT ASSERTED
#C4 DIRECT_QUOTE ASSERTED
#C5 INDIRECT UNCERTAIN
#C6 UNATTRIBUTED ASSERTED
#C7 UNATTRIBUTED ASSERTED
MEASLES CASES DOUBLE IN NORTHERN PROVINCES

[[HANOI|LOCATION]], [[Vietnam|LOCATION]] - {C1|Measles cases in [[Vietnam|LOCATION]]'s northern provinces more than doubled in the first [[three|QUANTITY]] months of the year}, {U1|according to} {S1|figures released by the [[Ministry of Health|ORGANIZATION]] on [[Friday|DATE]]}.

{C2|[[1,342|QUANTITY]] infections were recorded between [[January|DATE]] and [[March|DATE]], against [[611|QUANTITY]] in the same period of [[2024|DATE]]}, {S2|the ministry} {U2|said}.

{C3|[[At least four|QUANTITY]] children have died}, {S3|state media} {U3|reported}, citing unnamed officials.

"{C4|Vaccination rates dropped during the pandemic and we are now paying the price}," {S4|[[Nguyen Thi Hoa|PERSON]], a paediatrician at [[Bach Mai Hospital|ORGANIZATION]]}, {U4|told} [[AFP|ORGANIZATION]].

{C7|The [[World Health Organization|ORGANIZATION]] has sent [[200,000|QUANTITY]] doses of vaccine}. {C5|It was not clear whether the shipment would arrive before the school holidays}, {S5|a spokesperson} {U5|said}.

{C6|Measles is one of the most contagious diseases known, spreading to [[up to nine in ten|QUANTITY]] unvaccinated contacts}.
