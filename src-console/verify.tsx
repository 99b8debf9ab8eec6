import { mount } from './mount';
import { VerifyPage } from './verify/VerifyPage';

mount(<VerifyPage />);
