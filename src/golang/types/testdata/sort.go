package sort

func Ints(x []int)
func Strings(x []string)
func Slice(x any, less func(i, j int) bool)
