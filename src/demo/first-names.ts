const FEMALE = `
  Olivia Amelia Isla Ava Ivy Freya Lily Florence Mia Willow Rosie Sophia Isabella Grace Daisy Sienna
  Poppy Elsie Emily Ella Evelyn Phoebe Sofia Evie Charlotte Harper Matilda Ruby Alice Sophie Emma Chloe
  Hannah Lucy Megan Jessica Laura Rebecca Sarah Zainab Aisha Priya Niamh Siobhan Maja Helen Margaret Susan`;
const MALE = `
  Noah Oliver George Arthur Muhammad Leo Harry Oscar Archie Henry Theodore Freddie Jack Charlie Theo Alfie
  Jacob Finley Edward Isaac Tommy Joshua Arlo Max Lucas Ethan Samuel Daniel Benjamin James William Matthew
  Ryan Liam Callum Connor Dylan Kieran Ravi Omar Tomasz Mateo Aidan Rhys Gareth Peter David Michael`;

const words = (text: string) => text.trim().split(/\s+/);

/** Common UK first names (48 + 48) with the gender they are most often given to. */
export const FIRST_NAMES: readonly { name: string; gender: 'female' | 'male' }[] = [
  ...words(FEMALE).map((name) => ({ name, gender: 'female' as const })),
  ...words(MALE).map((name) => ({ name, gender: 'male' as const })),
];
