/**
 * Names for synthetic pupils: common first names and surnames from across England's
 * communities, joined at random, so no row describes a real child. ASCII only, so sorting
 * by plain comparison is the same everywhere.
 */
export const GIRLS_NAMES = [
  'Olivia', 'Amelia', 'Isla', 'Ava', 'Mia', 'Ivy', 'Lily', 'Isabella', 'Sophia', 'Grace',
  'Freya', 'Poppy', 'Evie', 'Ella', 'Aisha', 'Maryam', 'Zara', 'Fatima', 'Hannah', 'Chloe',
  'Jessica', 'Priya', 'Amira', 'Ruby', 'Maya', 'Leah', 'Esme', 'Layla', 'Nia', 'Zofia',
  'Daisy', 'Harper', 'Imani', 'Sienna', 'Alice', 'Erin', 'Keira', 'Anya', 'Millie', 'Phoebe',
] as const;

export const BOYS_NAMES = [
  'Oliver', 'Noah', 'George', 'Muhammad', 'Leo', 'Arthur', 'Oscar', 'Harry', 'Jack', 'Charlie',
  'Jacob', 'Freddie', 'Alfie', 'Theo', 'Ibrahim', 'Yusuf', 'Aarav', 'Kai', 'Ethan', 'Joshua',
  'Reuben', 'Ayaan', 'Mason', 'Samuel', 'Daniel', 'Kofi', 'Jakub', 'Finley', 'Logan', 'Harvey',
  'Rhys', 'Callum', 'Adam', 'Omar', 'Tyler', 'Lewis', 'Ryan', 'Kian', 'Elijah', 'Max',
] as const;

export const SURNAMES = [
  'Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Patel', 'Robinson',
  'Wright', 'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Khan', 'Wood',
  'Jackson', 'Clarke', 'Hughes', 'Ali', 'Edwards', 'Hussain', 'Turner', 'Hill', 'Begum', 'Moore',
  'Cooper', 'Ward', 'Morris', 'King', 'Okafor', 'Mensah', 'Kowalski', 'Nowak', 'Singh', 'Shah',
  'Baker', 'Harris', 'Lewis', 'Young', 'Allen', 'Campbell', 'Murphy', "O'Brien", 'Mitchell', 'Scott',
  'Begum-Rahman', 'Nguyen', 'Chen', 'Ahmed', 'Adeyemi', 'Kelly', 'Price', 'Bennett', 'Gray', 'Reid',
] as const;

/** Letters for staff codes, as schools write teachers' initials (e.g. JSM, AKH). */
export const INITIAL_LETTERS = 'ABCDEFGHJKLMNPRSTW';
