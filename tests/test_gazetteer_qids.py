"""Every linked gazetteer entity carries a QID verified from Wikidata-derived data.

The table pins (QID, English label as given by the Wikidata-derived source, entity key). It was
built from the sources named in each row's wikidata_source cell (see docs in kg/link/README.md);
a QID typed from memory must never be added here: a wrong QID silently joins the wrong thing.
"""

from __future__ import annotations

from collections import Counter

import pytest

from kg.link.gazetteer import Gazetteer, fold

PINNED = [
    ('Q16', 'Canada', 'state/canada'),
    ('Q17', 'Japan', 'state/japan'),
    ('Q20', 'Norway', 'state/norway'),
    ('Q27', 'Ireland', 'state/ireland'),
    ('Q28', 'Hungary', 'state/hungary'),
    ('Q29', 'Spain', 'state/spain'),
    ('Q30', 'United States of America', 'state/united-states'),
    ('Q31', 'Belgium', 'state/belgium'),
    ('Q32', 'Luxembourg', 'state/luxembourg'),
    ('Q33', 'Finland', 'state/finland'),
    ('Q34', 'Sweden', 'state/sweden'),
    ('Q35', 'Denmark', 'state/denmark'),
    ('Q36', 'Poland', 'state/poland'),
    ('Q37', 'Lithuania', 'state/lithuania'),
    ('Q38', 'Italy', 'state/italy'),
    ('Q39', 'Switzerland', 'state/switzerland'),
    ('Q40', 'Austria', 'state/austria'),
    ('Q41', 'Greece', 'state/greece'),
    ('Q43', 'Turkey', 'state/turkey'),
    ('Q45', 'Portugal', 'state/portugal'),
    ('Q77', 'Uruguay', 'state/uruguay'),
    ('Q79', 'Egypt', 'state/egypt'),
    ('Q96', 'Mexico', 'state/mexico'),
    ('Q114', 'Kenya', 'state/kenya'),
    ('Q115', 'Ethiopia', 'state/ethiopia'),
    ('Q117', 'Ghana', 'state/ghana'),
    ('Q142', 'France', 'state/france'),
    ('Q145', 'United Kingdom', 'state/united-kingdom'),
    ('Q148', "People's Republic of China", 'state/china'),
    ('Q155', 'Brazil', 'state/brazil'),
    ('Q159', 'Russia', 'state/russia'),
    ('Q183', 'Germany', 'state/germany'),
    ('Q184', 'Belarus', 'state/belarus'),
    ('Q189', 'Iceland', 'state/iceland'),
    ('Q191', 'Estonia', 'state/estonia'),
    ('Q211', 'Latvia', 'state/latvia'),
    ('Q212', 'Ukraine', 'state/ukraine'),
    ('Q213', 'Czech Republic', 'state/czech-republic'),
    ('Q214', 'Slovakia', 'state/slovakia'),
    ('Q215', 'Slovenia', 'state/slovenia'),
    ('Q217', 'Moldova', 'state/moldova'),
    ('Q218', 'Romania', 'state/romania'),
    ('Q219', 'Bulgaria', 'state/bulgaria'),
    ('Q221', 'North Macedonia', 'state/north-macedonia'),
    ('Q222', 'Albania', 'state/albania'),
    ('Q224', 'Croatia', 'state/croatia'),
    ('Q225', 'Bosnia and Herzegovina', 'state/bosnia-and-herzegovina'),
    ('Q227', 'Azerbaijan', 'state/azerbaijan'),
    ('Q228', 'Andorra', 'state/andorra'),
    ('Q229', 'Cyprus', 'state/cyprus'),
    ('Q230', 'Georgia', 'state/georgia'),
    ('Q232', 'Kazakhstan', 'state/kazakhstan'),
    ('Q233', 'Malta', 'state/malta'),
    ('Q235', 'Monaco', 'state/monaco'),
    ('Q236', 'Montenegro', 'state/montenegro'),
    ('Q237', 'Vatican City', 'state/vatican-city'),
    ('Q238', 'San Marino', 'state/san-marino'),
    ('Q241', 'Cuba', 'state/cuba'),
    ('Q242', 'Belize', 'state/belize'),
    ('Q244', 'Barbados', 'state/barbados'),
    ('Q252', 'Indonesia', 'state/indonesia'),
    ('Q258', 'South Africa', 'state/south-africa'),
    ('Q262', 'Algeria', 'state/algeria'),
    ('Q265', 'Uzbekistan', 'state/uzbekistan'),
    ('Q298', 'Chile', 'state/chile'),
    ('Q334', 'Singapore', 'state/singapore'),
    ('Q347', 'Liechtenstein', 'state/liechtenstein'),
    ('Q398', 'Bahrain', 'state/bahrain'),
    ('Q399', 'Armenia', 'state/armenia'),
    ('Q403', 'Serbia', 'state/serbia'),
    ('Q408', 'Australia', 'state/australia'),
    ('Q414', 'Argentina', 'state/argentina'),
    ('Q419', 'Peru', 'state/peru'),
    ('Q423', 'North Korea', 'state/north-korea'),
    ('Q424', 'Cambodia', 'state/cambodia'),
    ('Q458', 'European Union', 'org/european-union'),
    ('Q574', 'East Timor', 'state/east-timor'),
    ('Q657', 'Chad', 'state/chad'),
    ('Q664', 'New Zealand', 'state/new-zealand'),
    ('Q668', 'India', 'state/india'),
    ('Q672', 'Tuvalu', 'state/tuvalu'),
    ('Q678', 'Tonga', 'state/tonga'),
    ('Q683', 'Samoa', 'state/samoa'),
    ('Q685', 'Solomon Islands', 'state/solomon-islands'),
    ('Q686', 'Vanuatu', 'state/vanuatu'),
    ('Q691', 'Papua New Guinea', 'state/papua-new-guinea'),
    ('Q695', 'Palau', 'state/palau'),
    ('Q697', 'Nauru', 'state/nauru'),
    ('Q702', 'Federated States of Micronesia', 'state/federated-states-of-micronesia'),
    ('Q709', 'Marshall Islands', 'state/marshall-islands'),
    ('Q710', 'Kiribati', 'state/kiribati'),
    ('Q711', 'Mongolia', 'state/mongolia'),
    ('Q712', 'Fiji', 'state/fiji'),
    ('Q717', 'Venezuela', 'state/venezuela'),
    ('Q730', 'Suriname', 'state/suriname'),
    ('Q733', 'Paraguay', 'state/paraguay'),
    ('Q734', 'Guyana', 'state/guyana'),
    ('Q736', 'Ecuador', 'state/ecuador'),
    ('Q739', 'Colombia', 'state/colombia'),
    ('Q750', 'Bolivia', 'state/bolivia'),
    ('Q754', 'Trinidad and Tobago', 'state/trinidad-and-tobago'),
    ('Q757', 'Saint Vincent and the Grenadines', 'state/saint-vincent-and-the-grenadines'),
    ('Q760', 'Saint Lucia', 'state/saint-lucia'),
    ('Q763', 'Saint Kitts and Nevis', 'state/saint-kitts-and-nevis'),
    ('Q766', 'Jamaica', 'state/jamaica'),
    ('Q769', 'Grenada', 'state/grenada'),
    ('Q774', 'Guatemala', 'state/guatemala'),
    ('Q778', 'The Bahamas', 'state/bahamas'),
    ('Q781', 'Antigua and Barbuda', 'state/antigua-and-barbuda'),
    ('Q783', 'Honduras', 'state/honduras'),
    ('Q784', 'Dominica', 'state/dominica'),
    ('Q786', 'Dominican Republic', 'state/dominican-republic'),
    ('Q790', 'Haiti', 'state/haiti'),
    ('Q792', 'El Salvador', 'state/el-salvador'),
    ('Q794', 'Iran', 'state/iran'),
    ('Q796', 'Iraq', 'state/iraq'),
    ('Q800', 'Costa Rica', 'state/costa-rica'),
    ('Q801', 'Israel', 'state/israel'),
    ('Q804', 'Panama', 'state/panama'),
    ('Q805', 'Yemen', 'state/yemen'),
    ('Q810', 'Jordan', 'state/jordan'),
    ('Q811', 'Nicaragua', 'state/nicaragua'),
    ('Q813', 'Kyrgyzstan', 'state/kyrgyzstan'),
    ('Q817', 'Kuwait', 'state/kuwait'),
    ('Q819', 'Laos', 'state/laos'),
    ('Q822', 'Lebanon', 'state/lebanon'),
    ('Q826', 'Maldives', 'state/maldives'),
    ('Q833', 'Malaysia', 'state/malaysia'),
    ('Q836', 'Myanmar', 'state/myanmar'),
    ('Q837', 'Nepal', 'state/nepal'),
    ('Q842', 'Oman', 'state/oman'),
    ('Q843', 'Pakistan', 'state/pakistan'),
    ('Q846', 'Qatar', 'state/qatar'),
    ('Q851', 'Saudi Arabia', 'state/saudi-arabia'),
    ('Q854', 'Sri Lanka', 'state/sri-lanka'),
    ('Q858', 'Syria', 'state/syria'),
    ('Q863', 'Tajikistan', 'state/tajikistan'),
    ('Q865', 'Taiwan', 'state/taiwan'),
    ('Q869', 'Thailand', 'state/thailand'),
    ('Q874', 'Turkmenistan', 'state/turkmenistan'),
    ('Q878', 'United Arab Emirates', 'state/united-arab-emirates'),
    ('Q881', 'Vietnam', 'state/vietnam'),
    ('Q884', 'South Korea', 'state/south-korea'),
    ('Q889', 'Afghanistan', 'state/afghanistan'),
    ('Q902', 'Bangladesh', 'state/bangladesh'),
    ('Q912', 'Mali', 'state/mali'),
    ('Q916', 'Angola', 'state/angola'),
    ('Q917', 'Bhutan', 'state/bhutan'),
    ('Q921', 'Brunei', 'state/brunei'),
    ('Q924', 'Tanzania', 'state/tanzania'),
    ('Q928', 'Philippines', 'state/philippines'),
    ('Q929', 'Central African Republic', 'state/central-african-republic'),
    ('Q945', 'Togo', 'state/togo'),
    ('Q948', 'Tunisia', 'state/tunisia'),
    ('Q953', 'Zambia', 'state/zambia'),
    ('Q954', 'Zimbabwe', 'state/zimbabwe'),
    ('Q958', 'South Sudan', 'state/south-sudan'),
    ('Q962', 'Benin', 'state/benin'),
    ('Q963', 'Botswana', 'state/botswana'),
    ('Q965', 'Burkina Faso', 'state/burkina-faso'),
    ('Q967', 'Burundi', 'state/burundi'),
    ('Q970', 'Comoros', 'state/comoros'),
    ('Q971', 'Republic of the Congo', 'state/republic-of-the-congo'),
    ('Q974', 'Democratic Republic of the Congo', 'state/democratic-republic-of-the-congo'),
    ('Q977', 'Djibouti', 'state/djibouti'),
    ('Q983', 'Equatorial Guinea', 'state/equatorial-guinea'),
    ('Q986', 'Eritrea', 'state/eritrea'),
    ('Q1000', 'Gabon', 'state/gabon'),
    ('Q1005', 'The Gambia', 'state/gambia'),
    ('Q1006', 'Guinea', 'state/guinea'),
    ('Q1007', 'Guinea-Bissau', 'state/guinea-bissau'),
    ('Q1008', 'Ivory Coast', 'state/ivory-coast'),
    ('Q1009', 'Cameroon', 'state/cameroon'),
    ('Q1011', 'Cape Verde', 'state/cape-verde'),
    ('Q1013', 'Lesotho', 'state/lesotho'),
    ('Q1014', 'Liberia', 'state/liberia'),
    ('Q1016', 'Libya', 'state/libya'),
    ('Q1019', 'Madagascar', 'state/madagascar'),
    ('Q1020', 'Malawi', 'state/malawi'),
    ('Q1025', 'Mauritania', 'state/mauritania'),
    ('Q1027', 'Mauritius', 'state/mauritius'),
    ('Q1028', 'Morocco', 'state/morocco'),
    ('Q1029', 'Mozambique', 'state/mozambique'),
    ('Q1030', 'Namibia', 'state/namibia'),
    ('Q1032', 'Niger', 'state/niger'),
    ('Q1033', 'Nigeria', 'state/nigeria'),
    ('Q1036', 'Uganda', 'state/uganda'),
    ('Q1037', 'Rwanda', 'state/rwanda'),
    ('Q1039', 'São Tomé and Príncipe', 'state/sao-tome-and-principe'),
    ('Q1041', 'Senegal', 'state/senegal'),
    ('Q1042', 'Seychelles', 'state/seychelles'),
    ('Q1044', 'Sierra Leone', 'state/sierra-leone'),
    ('Q1045', 'Somalia', 'state/somalia'),
    ('Q1049', 'Sudan', 'state/sudan'),
    ('Q1050', 'Eswatini', 'state/eswatini'),
    ('Q1246', 'Kosovo', 'state/kosovo'),
    ('Q6250', 'Western Sahara', 'place/western-sahara'),
    ('Q7184', 'NATO', 'org/nato'),
    ('Q15180', 'Soviet Union', 'state/soviet-union'),
    ('Q29999', 'Kingdom of the Netherlands', 'state/netherlands'),
    ('Q39760', 'Gaza Strip', 'place/gaza-strip'),
    ('Q219060', 'State of Palestine', 'state/palestine'),
]


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def test_pinned_table_has_no_duplicates():
    qids = Counter(q for q, _, _ in PINNED)
    keys = Counter(k for _, _, k in PINNED)
    assert [q for q, n in qids.items() if n > 1] == []
    assert [k for k, n in keys.items() if n > 1] == []


def test_every_linked_entity_is_pinned(gaz):
    pinned = {k: (q, label) for q, label, k in PINNED}
    linked = {e.key: e for e in gaz if e.wikidata}
    assert set(linked) == set(pinned), "linked entities and the pinned table differ"
    for key, e in linked.items():
        qid, label = pinned[key]
        assert e.wikidata == qid, key
        names = {fold(e.label), *(fold(a) for a in e.aliases)}
        assert fold(label) in names, f"{key}: Wikidata label {label!r} not among label/aliases"
        assert e.wikidata_source, key


def test_gazetteer_has_no_duplicate_keys_or_qids(gaz):
    keys = Counter(e.key for e in gaz)
    qids = Counter(e.wikidata for e in gaz if e.wikidata)
    assert [k for k, n in keys.items() if n > 1] == []
    assert [q for q, n in qids.items() if n > 1] == []


def test_size_and_coverage(gaz):
    assert len(gaz) >= 250
    assert sum(1 for e in gaz if e.wikidata) >= 200
    states = [e for e in gaz if e.type == "State"]
    assert len(states) >= 196  # 193 UN members + Taiwan, Kosovo, Palestine
    for key in ("state/taiwan", "state/kosovo", "state/palestine"):
        assert gaz.get(key) is not None and gaz.get(key).wikidata
    weapons = [e for e in gaz if e.type == "WeaponSystem"]
    assert len(weapons) >= 60 and all(e.category for e in weapons)


@pytest.mark.parametrize(
    ("qid", "key"),
    [("Q159", "state/russia"), ("Q212", "state/ukraine"), ("Q794", "state/iran"),
     ("Q145", "state/united-kingdom"), ("Q30", "state/united-states"), ("Q7184", "org/nato")],
)
def test_well_known_links(gaz, qid, key):
    assert gaz.get(key).wikidata == qid
    assert gaz.by_qid(qid).key == key
