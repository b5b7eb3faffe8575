// The chunk loaded when the description field is first focused: the personal-data detector alone.
export { detectPersonalData } from '@loggamera/privacy-core';
