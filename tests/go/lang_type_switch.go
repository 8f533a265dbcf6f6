package main

import (
	"errors"
	"fmt"
)

type Stringer interface{ String() string }
type T struct{}

func (T) String() string { return "T!" }

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v of %T", x, x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case error:
		return "error " + x.Error()
	case Stringer:
		return "stringer " + x.String()
	case []int:
		return fmt.Sprint("slice ", len(x))
	case func() int:
		return fmt.Sprint("func ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	vals := []interface{}{nil, 1, int64(2), "abc", errors.New("e"), T{}, []int{1, 2}, func() int { return 7 }, 3.5, map[string]int{}}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
	var i interface{} = 5
	switch i.(type) {
	case string:
		fmt.Println("no")
	default:
		fmt.Println("default")
	}
}
