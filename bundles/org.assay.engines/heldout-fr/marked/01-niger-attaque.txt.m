#C1 INDIRECT ASSERTED
#C2 INDIRECT ASSERTED
#C3 MIXED ASSERTED
#C4 INDIRECT DENIED
#C5 UNATTRIBUTED HEDGED
#C6 DIRECT_QUOTE DENIED
#C7 INDIRECT ASSERTED
#C8 MIXED ASSERTED
#F1 UNATTRIBUTED ASSERTED
[[Niger|LOCATION]] : [[au moins une vingtaine|QUANTITY]] de soldats tués dans une attaque près de la frontière malienne

[[NIAMEY|LOCATION]], [[13 mai|DATE]] ([[AFP|ORGANIZATION]]) - {C1|[[Au moins une vingtaine|QUANTITY]] de soldats nigériens ont été tués [[lundi 12 mai|DATE]] dans l'attaque d'un poste militaire de la région de [[Tillabéri|LOCATION]], près de la frontière avec le [[Mali|LOCATION]]}, {U1|selon} {S1|une source sécuritaire}.

{C2|[[Des dizaines|QUANTITY]] d'assaillants lourdement armés, circulant à moto, ont pris d'assaut le poste de [[Fambita|LOCATION]] peu avant l'aube}, {U2|a déclaré} à l'[[AFP|ORGANIZATION]] {S2|un élu local qui a requis l'anonymat}.

Dans un communiqué lu [[mardi soir|DATE]] à la télévision nationale, {S3|le [[ministère de la Défense|ORGANIZATION]]} {U3|a fait état} de {C3|[[17|QUANTITY]] militaires tués et de « [[plusieurs dizaines|QUANTITY]] de terroristes neutralisés »}. {S4|Le gouvernement} {U4|a démenti} des informations selon lesquelles {C4|la base aurait été abandonnée par ses occupants}.

{C5|Plusieurs soldats auraient été faits prisonniers et emmenés vers le [[Mali|LOCATION]]}.

« {C6|Nous n'avons plus de nouvelles de mon frère depuis [[dimanche|DATE]]} », {U6|a confié} {S6|[[Moussa Garba|PERSON]], un commerçant de [[Téra|LOCATION]]}, dont le frère cadet sert dans l'armée depuis [[deux|QUANTITY]] ans.

L'attaque n'a pas été revendiquée, mais la zone est le théâtre d'opérations de l'[[État islamique au Sahel|ORGANIZATION]] ([[EIS|ORGANIZATION]]). {C7|Les violences ont fait [[plus de 1 500|QUANTITY]] morts au [[Niger|LOCATION]] en [[2024|DATE]]}, {U7|selon} {S7|l'ONG [[ACLED|ORGANIZATION]]}, qui recense les violences politiques.

{F1|Depuis [[janvier|DATE]], [[plus de 300|QUANTITY]] soldats ont été tués dans la région de [[Tillabéri|LOCATION]], où l'armée a perdu [[trois|QUANTITY]] postes en [[deux|QUANTITY]] mois}.

Le [[Niger|LOCATION]], dirigé par une junte depuis le coup d'État de [[juillet 2023|DATE]], a rompu avec la [[France|LOCATION]] et rejoint l'[[Alliance des États du Sahel|ORGANIZATION]] ([[AES|ORGANIZATION]]) avec le [[Mali|LOCATION]] et le [[Burkina Faso|LOCATION]]. {U8|Pour} {S8|le chercheur nigérien [[Hamidou Saley|PERSON]]}, {C8|cette attaque montre « que la stratégie de la junte atteint ses limites »}.
