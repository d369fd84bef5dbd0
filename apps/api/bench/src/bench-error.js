"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BenchError = void 0;
class BenchError extends Error {
    code;
    name = 'BenchError';
    constructor(code, message) {
        super(message);
        this.code = code;
    }
}
exports.BenchError = BenchError;
//# sourceMappingURL=bench-error.js.map