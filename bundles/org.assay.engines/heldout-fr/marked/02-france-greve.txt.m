#C1 INDIRECT ASSERTED
#C2 MIXED ASSERTED
#C3 INDIRECT ASSERTED
#C4 INDIRECT ASSERTED
#C5 DIRECT_QUOTE ASSERTED
#C6 MIXED ASSERTED
#C7 UNATTRIBUTED HEDGED
#C8 MIXED UNCERTAIN
#C9 INDIRECT ASSERTED
#F1 UNATTRIBUTED ASSERTED
#F2 UNATTRIBUTED ASSERTED
#F3 UNATTRIBUTED ASSERTED
#F4 UNATTRIBUTED ASSERTED
Grève à la [[SNCF|ORGANIZATION]] : [[la moitié|QUANTITY]] des TGV supprimés jeudi

Par [[Claire Morvan|PERSON]]

[[PARIS|LOCATION]] - {C1|Le trafic ferroviaire sera fortement perturbé [[jeudi 5 juin|DATE]], avec [[environ 50|QUANTITY]] % des TGV et [[les deux tiers|QUANTITY]] des trains régionaux supprimés}, {U1|a annoncé} [[mercredi|DATE]] {S1|la [[SNCF|ORGANIZATION]]}, au deuxième jour d'une grève lancée par la [[CGT-Cheminots|ORGANIZATION]] et [[SUD-Rail|ORGANIZATION]] contre la réforme du temps de travail des contrôleurs.

{S2|Le ministre des Transports, [[Philippe Garnier|PERSON]]}, {U2|a affirmé} que {C2|« le dialogue reste ouvert »} mais que {C2|la réforme serait appliquée au [[1er septembre|DATE]]}.

{U3|D'après} {S3|la direction de l'entreprise}, {C3|[[31|QUANTITY]] % des contrôleurs étaient en grève [[mercredi matin|DATE]]}, contre {C4|[[45|QUANTITY]] %} {U4|selon} {S4|les syndicats}.

« {C5|Nous passons [[près de 200|QUANTITY]] nuits par an loin de chez nous, et on nous demande d'en faire encore plus} », {U5|a déclaré} {S5|[[Karim Benali|PERSON]], secrétaire fédéral de [[SUD-Rail|ORGANIZATION]]}, devant la [[gare Montparnasse|LOCATION]].

{U6|Selon} {S6|un sondage [[Elabe|ORGANIZATION]] publié [[mardi|DATE]]}, {C6|[[54|QUANTITY]] % des Français jugent la grève « injustifiée »}. {F1|En [[2024|DATE]], la [[SNCF|ORGANIZATION]] a transporté [[122 millions|QUANTITY]] de voyageurs en TGV}.

{C7|Le gouvernement envisagerait de recourir à la réquisition de certains agents si le mouvement se prolongeait}. Interrogé sur ce point, {S8|M. [[Garnier|PERSON]]} s'est contenté de {U8|dire} que {C8|« toutes les options » pourraient être étudiées « le moment venu »}.

À la [[gare de Lyon|LOCATION]], {F3|[[des centaines|QUANTITY]] de voyageurs attendaient [[mercredi soir|DATE]] un hypothétique train pour [[Marseille|LOCATION]]}. {S9|La [[Fédération nationale des associations d'usagers des transports|ORGANIZATION]] ([[FNAUT|ORGANIZATION]])} {U9|a demandé} que {C9|les voyageurs soient intégralement remboursés}.

{F4|La dernière grève des contrôleurs, en [[février 2024|DATE]], avait entraîné l'annulation de [[plus de 2 000|QUANTITY]] trains pendant un week-end de vacances scolaires}.

{F2|La compagnie emploie [[environ 150 000|QUANTITY]] salariés en [[France|LOCATION]], dont [[quelque 10 000|QUANTITY]] contrôleurs}.
