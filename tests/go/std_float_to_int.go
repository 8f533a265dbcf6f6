// Float-to-integer conversions out of range, as real Go on amd64 does them: int64, int
// and uint64 through 64-bit conversion (MinInt64 when out of range), the 8-, 16- and
// 32-bit signed types and uint8/uint16 through int32 (MinInt32), uint32 through int64.
package main

import "fmt"

func main() {
	for _, x := range []float64{3e9, -3e9, 200, 70000, 2147483647.5, -2147483648.9, 1e19, 65535.9, 40000} {
		fmt.Println(x, int32(x), int16(x), int8(x), uint16(x), uint8(x), uint32(x))
	}
}
