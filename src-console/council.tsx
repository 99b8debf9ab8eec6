import { mount } from './mount';
import { CouncilApp } from './council/CouncilApp';

mount(<CouncilApp />);
