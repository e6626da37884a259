// Fictional name parts of mixed origins for generated contacts. Combinations are made up;
// any match with a real person is a coincidence.

export const FIRST_NAMES = [
  'Amara', 'Bilal', 'Chiara', 'Dmitri', 'Esra', 'Femi', 'Greta', 'Hiroshi', 'Ines', 'Jonas',
  'Kavya', 'Luca', 'Malak', 'Nikolai', 'Olga', 'Pablo', 'Qing', 'Rania', 'Soren', 'Tamsin',
  'Uche', 'Valeria', 'Wen', 'Ximena', 'Yusuf', 'Zofia', 'Anouk', 'Bruno', 'Catalina', 'Dario',
  'Eitan', 'Farah', 'Gustavo', 'Hana', 'Ivo', 'Jae-won', 'Kofi', 'Leila', 'Mateo', 'Nadia',
  'Oisin', 'Priya', 'Rafael', 'Saoirse', 'Tariq', 'Ulla', 'Vikram', 'Wiebke', 'Yara', 'Zain',
  'Aiko', 'Benedikt', 'Chidi', 'Daria', 'Emeka', 'Fiona', 'Goran', 'Hamid', 'Ilse', 'Joaquin',
  'Keiko', 'Lars', 'Mei', 'Nnamdi', 'Orla', 'Pilar', 'Ravi', 'Sanna', 'Teodor', 'Ayesha',
] as const;

export const LAST_NAMES = [
  'Abara', 'Bergstrom', 'Castellano', 'Dufresne', 'Eriksen', 'Fonseca', 'Galloway', 'Haddad',
  'Ishikawa', 'Jovanovic', 'Kowalczyk', 'Lindqvist', 'Mbeki', 'Nakamura', 'Okonkwo', 'Petrov',
  'Quintero', 'Rahimi', 'Sandoval', 'Takahashi', 'Umarov', 'Vasquez', 'Wojcik', 'Xu', 'Yilmaz',
  'Zielinski', 'Achterberg', 'Balogun', 'Chaudhry', 'Delacroix', 'Esposito', 'Fitzgerald',
  'Gunawardena', 'Hoffmann', 'Iqbal', 'Jablonski', 'Kariuki', 'Lefebvre', 'Moreau', 'Nguyen',
  'Oyelaran', 'Pereira', 'Rasmussen', 'Sato', 'Tanaka', 'Van Dijk', 'Whitfield', 'Yamada',
  'Adeyemi', 'Brennan', 'Cardoso', 'Drozdov', 'Ekström', 'Farouk', 'Gallagher', 'Horvath',
  'Amankwah', 'Bianchi', 'Dvořák', 'Engström', 'Ferreira', 'Ghosh', 'Hakimi', 'Ivanova', 'Jensen',
  'Kaplan', 'Laine', 'Mensah', 'Novak', "O'Donnell", 'Park', 'Rossi', 'Sørensen', 'Tembo',
  'Uribe', 'Varga', 'Wang', 'Yadav', 'Zhou', 'Andersson', 'Benali', 'Costa', 'Demir', 'Hosseini',
] as const;

export const POSITIONS = [
  'Product Manager', 'Software Engineer', 'Designer', 'Data Analyst', 'Director of Operations',
  'Account Executive', 'Researcher', 'Consultant', 'Engineering Manager', 'Marketing Lead',
  'Financial Analyst', 'Founder', 'Program Officer', 'UX Researcher', 'Head of Partnerships',
] as const;

export const LOCATIONS = [
  'Lisbon', 'Toronto', 'Nairobi', 'Berlin', 'Chicago', 'Singapore', 'Melbourne', 'Austin',
  'Copenhagen', 'São Paulo', 'Manchester', 'Osaka', 'Lagos', 'Montreal', 'Rotterdam', 'Denver',
] as const;

export const COMPANY_WORDS = [
  'Northwind', 'Bluefield', 'Kestrel', 'Lumen', 'Harbor', 'Quarry', 'Sable', 'Tidewater',
  'Orchard', 'Meridian', 'Copperline', 'Foxglove', 'Granite', 'Halcyon', 'Juniper', 'Larkspur',
] as const;

export const COMPANY_SUFFIXES = ['Labs', 'Partners', 'Group', 'Studio', 'Systems', 'Capital', 'Health', 'Works'] as const;
