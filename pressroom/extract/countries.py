"""Countries as speakers: a state that speaks in the news ("China urged ...", "the U.S. said ...").

A speaker phrase that names a country gets `speaker_kind` organization (the
state, acting as an institution) and the country's canonical name; a pronoun
after it (`it said`) resolves to it like any organization. Written from
general knowledge for this project (MIT, like the code).

Each line: the canonical name, then a tab and `|`-separated other ways of
writing it (with their article where the news uses one). Capital cities stand
for their governments only where the news uses them so ("Beijing said",
"Pyongyang said"); "Washington" is left out (a surname and a state as well).
"""
from __future__ import annotations

_COUNTRY_LINES = """
Afghanistan
Albania
Algeria
Andorra
Angola
Antigua and Barbuda
Argentina
Armenia
Australia
Austria
Azerbaijan
Bahamas	The Bahamas
Bahrain
Bangladesh
Barbados
Belarus
Belgium
Belize
Benin
Bhutan
Bolivia
Bosnia and Herzegovina
Botswana
Brazil
Brunei
Bulgaria
Burkina Faso
Burundi
Cambodia
Cameroon
Canada
Cape Verde	Cabo Verde
Central African Republic
Chad
Chile
China	PRC|the PRC|People's Republic of China|the People's Republic of China|Beijing
Colombia
Comoros
Congo	Republic of the Congo
Costa Rica
Croatia
Cuba
Cyprus
Czech Republic	Czechia
Democratic Republic of the Congo	DR Congo|DRC
Denmark
Djibouti
Dominica
Dominican Republic
Ecuador
Egypt
El Salvador
Equatorial Guinea
Eritrea
Estonia
Eswatini
Ethiopia
Fiji
Finland
France
Gabon
Gambia	The Gambia
Georgia
Germany
Ghana
Greece
Grenada
Guatemala
Guinea
Guinea-Bissau
Guyana
Haiti
Honduras
Hungary
Iceland
India
Indonesia
Iran
Iraq
Ireland
Israel
Italy
Ivory Coast	Côte d'Ivoire|Cote d'Ivoire
Jamaica
Japan
Jordan
Kazakhstan
Kenya
Kiribati
Kosovo
Kuwait
Kyrgyzstan
Laos
Latvia
Lebanon
Lesotho
Liberia
Libya
Liechtenstein
Lithuania
Luxembourg
Madagascar
Malawi
Malaysia
Maldives
Mali
Malta
Marshall Islands
Mauritania
Mauritius
Mexico
Micronesia
Moldova
Monaco
Mongolia
Montenegro
Morocco
Mozambique
Myanmar	Burma
Namibia
Nauru
Nepal
Netherlands	the Netherlands|Holland
New Zealand
Nicaragua
Niger
Nigeria
North Korea	DPRK|the DPRK|Pyongyang
North Macedonia
Norway
Oman
Pakistan
Palau
Palestine
Panama
Papua New Guinea
Paraguay
Peru
Philippines	the Philippines
Poland
Portugal
Qatar
Romania
Russia	the Russian Federation|Russian Federation|Moscow
Rwanda
Saint Kitts and Nevis
Saint Lucia
Saint Vincent and the Grenadines
Samoa
San Marino
Sao Tome and Principe
Saudi Arabia
Senegal
Serbia
Seychelles
Sierra Leone
Singapore
Slovakia
Slovenia
Solomon Islands
Somalia
South Africa
South Korea	ROK|the ROK|Seoul|Republic of Korea|the Republic of Korea
South Sudan
Spain
Sri Lanka
Sudan
Suriname
Sweden
Switzerland
Syria
Taiwan
Tajikistan
Tanzania
Thailand
Timor-Leste	East Timor
Togo
Tonga
Trinidad and Tobago
Tunisia
Turkey	Türkiye
Turkmenistan
Tuvalu
Uganda
Ukraine
United Arab Emirates	UAE|the UAE
United Kingdom	the United Kingdom|UK|the UK|U.K.|the U.K.|Britain|Great Britain
United States	the United States|US|the US|U.S.|the U.S.|USA|the USA|America
Uruguay
Uzbekistan
Vanuatu
Vatican	the Vatican|Holy See|the Holy See
Venezuela
Vietnam	Viet Nam
Yemen
Zambia
Zimbabwe
"""


def _aliases() -> dict[str, str]:
    out: dict[str, str] = {}
    for line in _COUNTRY_LINES.strip().splitlines():
        name, _, others = line.partition("\t")
        for form in (name, *filter(None, others.split("|"))):
            out[form.lower()] = name
    return out


# Lower-cased way of writing -> canonical country name.
COUNTRY_NAMES: dict[str, str] = _aliases()


def country_name(phrase: str) -> str | None:
    """The canonical country a speaker phrase names (`the U.S.` -> `United States`), else None."""
    return COUNTRY_NAMES.get(phrase.strip().lower())
