import type { MethodName, MethodOutput, ParsedInput } from '../../shared/api/contract';
import type { Caller } from '../auth/caller';

/** What answers one API method, given its validated input and who is calling. */
type Handler<M extends MethodName> = (input: ParsedInput<M>, caller: Caller) => MethodOutput<M> | Promise<MethodOutput<M>>;
export type Handlers = { [M in MethodName]: Handler<M> };
/** The handlers of one method module (e.g. queueMethods), so each module wires its own. */
export type HandlersFor<T> = { [M in keyof T & MethodName]: Handler<M> };
