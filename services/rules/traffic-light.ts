// A rule's text split by colour: what each of Grön, Gul and Röd says, before either parser reads
// it. Its own module so the two traffic-light parsers share it without importing each other.

export interface TrafficLight {
  text: string;
  label?: string;
  green: string;
  yellow?: string;
  red?: string;
}
