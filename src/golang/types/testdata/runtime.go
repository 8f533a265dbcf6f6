package runtime

func GOMAXPROCS(n int) int
func NumGoroutine() int
func Gosched()
func Goexit()
