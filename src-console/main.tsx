import { mount } from './mount';
import { ConsoleApp } from './ConsoleApp';

mount(<ConsoleApp />);
