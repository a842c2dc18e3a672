#C1 INDIRECT ASSERTED
#C2 INDIRECT ASSERTED
#C3 INDIRECT ASSERTED
#C4 INDIRECT ASSERTED
#C5 UNATTRIBUTED HEDGED
#C6 INDIRECT UNCERTAIN
#C7 DIRECT_QUOTE ASSERTED
#C8 INDIRECT ASSERTED
#C9 INDIRECT DENIED
#C10 INDIRECT ASSERTED
#F1 UNATTRIBUTED ASSERTED
#F2 UNATTRIBUTED ASSERTED
[[Madagascar|LOCATION]] : [[des dizaines|QUANTITY]] de morts après le passage du cyclone Tsiory

[[ANTANANARIVO|LOCATION]], [[24 février|DATE]] ([[AFP|ORGANIZATION]]) - {C1|Le cyclone Tsiory a fait [[au moins 31|QUANTITY]] morts et [[des dizaines|QUANTITY]] de disparus dans l'est de [[Madagascar|LOCATION]]}, {U1|selon} {S1|un bilan provisoire publié [[lundi|DATE]] par le [[Bureau national de gestion des risques et des catastrophes|ORGANIZATION]] ([[BNGRC|ORGANIZATION]])}.

{C2|[[Plus de 45 000|QUANTITY]] personnes ont été sinistrées, dont [[environ 12 000|QUANTITY]] ont dû quitter leur maison}, {U2|a précisé} {S2|le [[BNGRC|ORGANIZATION]]}. {C10|Les écoles de la région resteront fermées jusqu'à nouvel ordre}, {U10|a annoncé} {S10|le [[ministère de l'Éducation nationale|ORGANIZATION]]}.

Le cyclone a touché terre dans la nuit de [[samedi|DATE]] à [[dimanche|DATE]] près de [[Toamasina|LOCATION]], la deuxième ville du pays. {C3|Les rafales ont atteint [[jusqu'à 210|QUANTITY]] km/h}, {U3|selon} {S3|le centre météorologique de [[Météo-France|ORGANIZATION]] à [[La Réunion|LOCATION]]}.

{S4|L'[[Unicef|ORGANIZATION]]} {U4|estime} que {C4|[[quelque 200|QUANTITY]] écoles ont été endommagées ou détruites}. {C5|Plusieurs villages de la côte seraient toujours coupés du monde}, et {S6|les autorités sanitaires} {U6|craignent} que {C6|des cas de choléra n'apparaissent dans les camps de déplacés}.

« {C7|L'eau est montée jusqu'au toit en [[deux|QUANTITY]] heures. Nous avons tout perdu} », {U7|raconte} {S7|[[Hanitra Rakotomalala|PERSON]], mère de [[quatre|QUANTITY]] enfants}, réfugiée avec sa famille dans une église de [[Toamasina|LOCATION]].

{S8|Le [[Programme alimentaire mondial|ORGANIZATION]] ([[PAM|ORGANIZATION]])} {U8|a indiqué} {C8|avoir acheminé [[80|QUANTITY]] tonnes de riz par avion depuis [[Antananarivo|LOCATION]]}, la [[route nationale 2|LOCATION]] étant coupée à plusieurs endroits. {S9|Des habitants de [[Mananara Nord|LOCATION]]}, joints par téléphone, {U9|ont rapporté} que {C9|les secours n'étaient toujours pas arrivés [[lundi soir|DATE]]}.

{F1|[[Madagascar|LOCATION]] subit en moyenne [[trois à quatre|QUANTITY]] tempêtes ou cyclones par saison}. {F2|En [[2022|DATE]], le cyclone Batsirai avait fait [[plus de 120|QUANTITY]] morts sur l'île}.
