#C1 INDIRECT ASSERTED
#C2 INDIRECT ASSERTED
#C3 MIXED ASSERTED
#C4 MIXED ASSERTED
#C5 INDIRECT ASSERTED
#C6 UNATTRIBUTED HEDGED
#C7 INDIRECT DENIED
#C8 DIRECT_QUOTE ASSERTED
#F1 UNATTRIBUTED ASSERTED
#F2 UNATTRIBUTED ASSERTED
#F3 UNATTRIBUTED ASSERTED
[[ARVEL|ORGANIZATION]] : LE BÉNÉFICE RECULE MAIS L'ACTION BONDIT

[[PARIS|LOCATION]], [[24 juillet|DATE]] ([[Reuters|ORGANIZATION]]) - {F1|L'action [[Arvel|ORGANIZATION]] a bondi de [[8,4|QUANTITY]] % [[jeudi|DATE]] à la [[Bourse de Paris|ORGANIZATION]], le fabricant de trains ayant publié un chiffre d'affaires trimestriel supérieur aux attentes}.

{C1|Le chiffre d'affaires du deuxième trimestre a progressé de [[6,2|QUANTITY]] % sur un an, à [[1,84 milliard|QUANTITY]] d'euros}, {U1|a indiqué} {S1|le groupe} dans un communiqué. {U2|Selon} {S2|le consensus [[FactSet|ORGANIZATION]]}, {C2|les analystes attendaient [[1,79 milliard|QUANTITY]]}.

{F2|Le bénéfice net a en revanche reculé à [[96 millions|QUANTITY]] d'euros, contre [[132 millions|QUANTITY]] [[un an plus tôt|DATE]], en raison de charges de restructuration}.

{S3|Le directeur général d'[[Arvel|ORGANIZATION]], [[Jean-Marc Roussel|PERSON]]}, {U3|a affirmé} que {C3|le carnet de commandes, à [[14 milliards|QUANTITY]] d'euros, était « au plus haut de son histoire »}, porté par des contrats en [[Inde|LOCATION]] et au [[Canada|LOCATION]].

« {C8|Nous avons gagné [[trois|QUANTITY]] grands appels d'offres en [[six|QUANTITY]] mois et nos usines tournent à plein} », {U8|a ajouté} {S8|M. [[Roussel|PERSON]]} lors d'une conférence téléphonique avec des analystes.

{S4|[[Sophie Marchand|PERSON]], analyste chez [[Oddo BHF|ORGANIZATION]]}, {U4|estime} que {C4|le marché « avait trop puni » le titre depuis [[janvier|DATE]]}.

{S5|La [[CFDT|ORGANIZATION]], premier syndicat du groupe}, {U5|a dénoncé} {C5|le projet de supprimer [[environ 1 200|QUANTITY]] postes en [[Europe|LOCATION]] d'ici [[2027|DATE]]}. {S7|[[Arvel|ORGANIZATION]]} {U7|a démenti} {C7|toute intention de fermer son usine de [[Valenciennes|LOCATION]]}, qui emploie [[quelque 2 300|QUANTITY]] personnes.

{C6|Le groupe serait en discussions avancées pour racheter le spécialiste espagnol de la signalisation [[Trenix|ORGANIZATION]]}.

{F3|Le CAC 40 a terminé la séance en hausse de [[0,6|QUANTITY]] %, soutenu par les valeurs industrielles}.

(Rédigé par [[Julien Perrot|PERSON]], édité par [[Nadia Sefrioui|PERSON]])
