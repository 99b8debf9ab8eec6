import { mount } from './mount';
import { ComplaintPage } from './complaint/ComplaintPage';

mount(<ComplaintPage />);
